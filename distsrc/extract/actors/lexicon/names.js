/**
 * Given names common in international news that compromise's lexicon does
 * not tag as first names. Lower case. compromise's FirstName tag covers most
 * English names; this list adds frequent Arabic, Persian, Turkish, South and
 * East Asian, African and Slavic ones.
 */
export const GIVEN_NAMES = new Set(`
ahmed ahmad mohammed mohammad muhammad mohamed mahmoud mahmud mustafa mostafa ali hassan hasan hussein husain hussain omar umar osman othman abdullah abdallah abdul abdel
ibrahim ismail ismael khalid khaled karim kareem tariq tarek walid waleed yusuf youssef yousef jamal kamal faisal fahd salman saad saeed sayed nabil nasser nasir
rashid rashed hamid hamad hamza bashar hafez hafiz ayman anwar fawzi fouad fuad jawad jihad majid maher marwan mounir munir nizar qassem qasim rami riad riyad sami samir
tamim zayed zaid ziad zayd adel adil amin amir aziz bilal fadi ghassan haitham hisham imad issa jaber jalal louay loay mazen moussa musa nader raed rafik sharif talal wael yasser yasir
fatima fatma aisha ayesha khadija maryam mariam zainab zeinab leila layla laila nour noor rania hanan huda amal salma yasmin yasmine samira
reza mohsen hossein hassan javad mehdi mahdi ebrahim abbas masoud massoud ali-akbar hamid-reza esmail kazem
recep tayyip mevlut ahmet mehmet mustafa kemal binali ekrem hakan
narendra rahul sonia amit arvind nitish mamata rajnath shehbaz nawaz imran asif bilawal benazir
xi li wang zhang liu chen yang zhao huang zhou wu hu jinping keqiang qiang yi jiechi
shinzo fumio yoshihide taro junichiro kishida
kim yoon lee
vladimir volodymyr sergei sergey dmitry dmitri alexei alexey mikhail nikolai yevgeny yevgeniy petro viktor vitali vitaliy oleksandr oleksiy andriy yulia
jacinda emmanuel olaf angela recep benjamin naftali yair isaac yitzhak ehud mahmoud
cyril jacob thabo nelson uhuru william paul abiy isaias yoweri paul
`
    .split(/\s+/)
    .filter(Boolean));
/**
 * Short forms of English given names: "Chuck Schumer" is "Charles Schumer".
 * Each line: the full name, then its short forms.
 */
const NICKNAME_TABLE = `
charles: chuck charlie chas
william: bill billy will willy willie
robert: bob bobby rob robbie bert
james: jim jimmy jamie
michael: mike mick mickey
joseph: joe joey
thomas: tom tommy
richard: dick rick ricky rich richie
edward: ted teddy ed eddie ned
anthony: tony
daniel: dan danny
david: dave davey
steven: steve
stephen: steve
andrew: andy drew
alexander: alex
alexandra: alex sasha
christopher: chris
christine: chris
matthew: matt
nicholas: nick nicky
patrick: pat paddy
patricia: pat patty trish
peter: pete
samuel: sam sammy
samantha: sam
benjamin: ben benny
frederick: fred freddie
gerald: jerry gerry
jerome: jerry
lawrence: larry
ronald: ron ronnie
donald: don donnie
douglas: doug
gregory: greg
jeffrey: jeff
jonathan: jon
kenneth: ken kenny
katherine: kate katie kathy
kathleen: kathy kate
catherine: cathy kate katie
elizabeth: liz beth betsy lizzie
margaret: maggie peggy meg
susan: sue susie
jennifer: jen jenny
victoria: vicky tori
albert: al bert
alfred: al alf
henry: hank harry
harold: harry hal
john: jack johnny
joshua: josh
nathaniel: nate nat
nathan: nate
timothy: tim timmy
zachary: zach
mitchell: mitch
philip: phil
phillip: phil
raymond: ray
walter: walt wally
eugene: gene
francis: frank
franklin: frank
abraham: abe
deborah: deb debbie
barbara: barb barbie
rebecca: becky
amanda: mandy
jessica: jess jessie
vladimir: vova
`;
/** Lower-case short form or full name -> the full names it may stand for (itself included). */
export const GIVEN_NAME_FORMS = new Map();
for (const line of NICKNAME_TABLE.trim().split('\n')) {
    const [full, shorts] = line.split(':');
    const forms = [full.trim(), ...shorts.trim().split(/\s+/)];
    for (const f of forms) {
        const set = GIVEN_NAME_FORMS.get(f) ?? new Set([f]);
        set.add(full.trim());
        GIVEN_NAME_FORMS.set(f, set);
    }
}
/** May two given names name one person ("Chuck" and "Charles", "Bill" and "William")? */
export function sameGivenName(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    if (x === y)
        return true;
    const fx = GIVEN_NAME_FORMS.get(x);
    const fy = GIVEN_NAME_FORMS.get(y);
    if (!fx || !fy)
        return false;
    for (const f of fx)
        if (fy.has(f))
            return true;
    return false;
}
//# sourceMappingURL=names.js.map