/**
 * Given names common in international news that compromise's lexicon does
 * not tag as first names. Lower case. compromise's FirstName tag covers most
 * English names; this list adds frequent Arabic, Persian, Turkish, South and
 * East Asian, African and Slavic ones.
 */
export const GIVEN_NAMES = new Set(
  `
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
    .filter(Boolean),
);
