/**
 * Countries as actors: canonical name, other names and short forms,
 * demonyms (nationality adjectives) and the capital (for metonyms such as
 * "Damascus accused"). One line per country:
 *   ISO2|Canonical name|other names,...|demonyms,...|capital
 * Data true of the world, not of any article.
 */
const TABLE = `
AF|Afghanistan||Afghan,Afghani|Kabul
AL|Albania||Albanian|Tirana
DZ|Algeria||Algerian|Algiers
AD|Andorra||Andorran|Andorra la Vella
AO|Angola||Angolan|Luanda
AR|Argentina||Argentine,Argentinian|Buenos Aires
AM|Armenia||Armenian|Yerevan
AU|Australia||Australian|Canberra
AT|Austria||Austrian|Vienna
AZ|Azerbaijan||Azerbaijani,Azeri|Baku
BS|Bahamas|The Bahamas|Bahamian|Nassau
BH|Bahrain||Bahraini|Manama
BD|Bangladesh||Bangladeshi|Dhaka
BB|Barbados||Barbadian|Bridgetown
BY|Belarus||Belarusian|Minsk
BE|Belgium||Belgian|Brussels
BZ|Belize||Belizean|Belmopan
BJ|Benin||Beninese|Porto-Novo
BT|Bhutan||Bhutanese|Thimphu
BO|Bolivia||Bolivian|La Paz
BA|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
BW|Botswana||Botswanan|Gaborone
BR|Brazil||Brazilian|Brasilia
BN|Brunei||Bruneian|Bandar Seri Begawan
BG|Bulgaria||Bulgarian|Sofia
BF|Burkina Faso||Burkinabe|Ouagadougou
BI|Burundi||Burundian|Gitega
KH|Cambodia||Cambodian|Phnom Penh
CM|Cameroon||Cameroonian|Yaounde
CA|Canada||Canadian|Ottawa
CV|Cape Verde|Cabo Verde|Cape Verdean|Praia
CF|Central African Republic|CAR|Central African|Bangui
TD|Chad||Chadian|N'Djamena
CL|Chile||Chilean|Santiago
CN|China|People's Republic of China,PRC|Chinese|Beijing
CO|Colombia||Colombian|Bogota
KM|Comoros||Comoran|Moroni
CD|Democratic Republic of the Congo|DR Congo,DRC,Congo-Kinshasa|Congolese|Kinshasa
CG|Republic of the Congo|Congo-Brazzaville,Congo||Brazzaville
CR|Costa Rica||Costa Rican|San Jose
CI|Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian|Yamoussoukro
HR|Croatia||Croatian|Zagreb
CU|Cuba||Cuban|Havana
CY|Cyprus||Cypriot|Nicosia
CZ|Czech Republic|Czechia|Czech|Prague
DK|Denmark||Danish|Copenhagen
DJ|Djibouti||Djiboutian|Djibouti
DO|Dominican Republic||Dominican|Santo Domingo
EC|Ecuador||Ecuadorian,Ecuadorean|Quito
EG|Egypt||Egyptian|Cairo
SV|El Salvador||Salvadoran|San Salvador
GQ|Equatorial Guinea||Equatoguinean|Malabo
ER|Eritrea||Eritrean|Asmara
EE|Estonia||Estonian|Tallinn
SZ|Eswatini|Swaziland|Swazi|Mbabane
ET|Ethiopia||Ethiopian|Addis Ababa
FJ|Fiji||Fijian|Suva
FI|Finland||Finnish|Helsinki
FR|France||French|Paris
GA|Gabon||Gabonese|Libreville
GM|Gambia|The Gambia|Gambian|Banjul
GE|Georgia||Georgian|Tbilisi
DE|Germany||German|Berlin
GH|Ghana||Ghanaian|Accra
GR|Greece||Greek|Athens
GT|Guatemala||Guatemalan|Guatemala City
GN|Guinea||Guinean|Conakry
GW|Guinea-Bissau||Bissau-Guinean|Bissau
GY|Guyana||Guyanese|Georgetown
HT|Haiti||Haitian|Port-au-Prince
HN|Honduras||Honduran|Tegucigalpa
HU|Hungary||Hungarian|Budapest
IS|Iceland||Icelandic|Reykjavik
IN|India||Indian|New Delhi
ID|Indonesia||Indonesian|Jakarta
IR|Iran|Islamic Republic of Iran|Iranian|Tehran
IQ|Iraq||Iraqi|Baghdad
IE|Ireland|Republic of Ireland|Irish|Dublin
IL|Israel|State of Israel|Israeli|Jerusalem
IT|Italy||Italian|Rome
JM|Jamaica||Jamaican|Kingston
JP|Japan||Japanese|Tokyo
JO|Jordan||Jordanian|Amman
KZ|Kazakhstan||Kazakh,Kazakhstani|Astana
KE|Kenya||Kenyan|Nairobi
KP|North Korea|DPRK|North Korean|Pyongyang
KR|South Korea|Republic of Korea|South Korean|Seoul
XK|Kosovo||Kosovar|Pristina
KW|Kuwait||Kuwaiti|Kuwait City
KG|Kyrgyzstan||Kyrgyz|Bishkek
LA|Laos||Laotian,Lao|Vientiane
LV|Latvia||Latvian|Riga
LB|Lebanon||Lebanese|Beirut
LS|Lesotho||Basotho|Maseru
LR|Liberia||Liberian|Monrovia
LY|Libya||Libyan|Tripoli
LI|Liechtenstein||Liechtensteiner|Vaduz
LT|Lithuania||Lithuanian|Vilnius
LU|Luxembourg||Luxembourgish|Luxembourg
MG|Madagascar||Malagasy|Antananarivo
MW|Malawi||Malawian|Lilongwe
MY|Malaysia||Malaysian|Kuala Lumpur
MV|Maldives||Maldivian|Male
ML|Mali||Malian|Bamako
MT|Malta||Maltese|Valletta
MR|Mauritania||Mauritanian|Nouakchott
MU|Mauritius||Mauritian|Port Louis
MX|Mexico||Mexican|Mexico City
MD|Moldova||Moldovan|Chisinau
MC|Monaco||Monegasque|Monaco
MN|Mongolia||Mongolian|Ulaanbaatar
ME|Montenegro||Montenegrin|Podgorica
MA|Morocco||Moroccan|Rabat
MZ|Mozambique||Mozambican|Maputo
MM|Myanmar|Burma|Burmese|Naypyidaw
NA|Namibia||Namibian|Windhoek
NP|Nepal||Nepali,Nepalese|Kathmandu
NL|Netherlands|The Netherlands,Holland|Dutch|Amsterdam
NZ|New Zealand||New Zealander|Wellington
NI|Nicaragua||Nicaraguan|Managua
NE|Niger||Nigerien|Niamey
NG|Nigeria||Nigerian|Abuja
MK|North Macedonia|Macedonia|Macedonian|Skopje
NO|Norway||Norwegian|Oslo
OM|Oman||Omani|Muscat
PK|Pakistan||Pakistani|Islamabad
PS|Palestine|State of Palestine|Palestinian|Ramallah
PA|Panama||Panamanian|Panama City
PG|Papua New Guinea||Papua New Guinean|Port Moresby
PY|Paraguay||Paraguayan|Asuncion
PE|Peru||Peruvian|Lima
PH|Philippines|The Philippines|Filipino,Philippine|Manila
PL|Poland||Polish|Warsaw
PT|Portugal||Portuguese|Lisbon
QA|Qatar||Qatari|Doha
RO|Romania||Romanian|Bucharest
RU|Russia|Russian Federation|Russian|Moscow
RW|Rwanda||Rwandan|Kigali
SA|Saudi Arabia||Saudi,Saudi Arabian|Riyadh
SN|Senegal||Senegalese|Dakar
RS|Serbia||Serbian|Belgrade
SC|Seychelles||Seychellois|Victoria
SL|Sierra Leone||Sierra Leonean|Freetown
SG|Singapore||Singaporean|Singapore
SK|Slovakia||Slovak|Bratislava
SI|Slovenia||Slovenian|Ljubljana
SO|Somalia||Somali|Mogadishu
ZA|South Africa||South African|Pretoria
SS|South Sudan||South Sudanese|Juba
ES|Spain||Spanish|Madrid
LK|Sri Lanka||Sri Lankan|Colombo
SD|Sudan||Sudanese|Khartoum
SR|Suriname||Surinamese|Paramaribo
SE|Sweden||Swedish|Stockholm
CH|Switzerland||Swiss|Bern
SY|Syria|Syrian Arab Republic|Syrian|Damascus
TW|Taiwan||Taiwanese|Taipei
TJ|Tajikistan||Tajik|Dushanbe
TZ|Tanzania||Tanzanian|Dodoma
TH|Thailand||Thai|Bangkok
TL|East Timor|Timor-Leste|Timorese|Dili
TG|Togo||Togolese|Lome
TT|Trinidad and Tobago||Trinidadian|Port of Spain
TN|Tunisia||Tunisian|Tunis
TR|Turkey|Türkiye,Turkiye|Turkish|Ankara
TM|Turkmenistan||Turkmen|Ashgabat
UG|Uganda||Ugandan|Kampala
UA|Ukraine||Ukrainian|Kyiv,Kiev
AE|United Arab Emirates|UAE,U.A.E.|Emirati|Abu Dhabi
GB|United Kingdom|UK,U.K.,Britain,Great Britain|British|London
US|United States|US,U.S.,USA,U.S.A.,America,United States of America|American|Washington
UY|Uruguay||Uruguayan|Montevideo
UZ|Uzbekistan||Uzbek|Tashkent
VA|Vatican|Holy See,Vatican City||
VE|Venezuela||Venezuelan|Caracas
VN|Vietnam|Viet Nam|Vietnamese|Hanoi
YE|Yemen||Yemeni|Sanaa
ZM|Zambia||Zambian|Lusaka
ZW|Zimbabwe||Zimbabwean|Harare
`;
export const COUNTRIES = TABLE.trim()
    .split('\n')
    .map((line) => {
    const [code, name, others, demonyms, capital] = line.split('|');
    const list = (s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []);
    return { code: code, name: name, names: [name, ...list(others)], demonyms: list(demonyms), capitals: list(capital) };
});
const key = (s) => s.toLowerCase().replace(/[\u2019']/g, "'");
/** Country by any of its names or short forms ("US", "U.S.", "Britain"). */
export const COUNTRY_BY_NAME = new Map();
/** Country by demonym ("Syrian" -> Syria). */
export const COUNTRY_BY_DEMONYM = new Map();
/** Country by capital ("Damascus" -> Syria). */
export const COUNTRY_BY_CAPITAL = new Map();
for (const c of COUNTRIES) {
    for (const n of c.names)
        COUNTRY_BY_NAME.set(key(n), c);
    for (const d of c.demonyms)
        COUNTRY_BY_DEMONYM.set(key(d), c);
    for (const cap of c.capitals)
        if (!COUNTRY_BY_NAME.has(key(cap)))
            COUNTRY_BY_CAPITAL.set(key(cap), c);
}
// ambiguous short forms that are country names only when capitalised as such
COUNTRY_BY_NAME.delete('car');
export function countryByName(s) {
    return COUNTRY_BY_NAME.get(key(s));
}
export function countryByDemonym(s) {
    return COUNTRY_BY_DEMONYM.get(key(s));
}
export function countryByCapital(s) {
    return COUNTRY_BY_CAPITAL.get(key(s));
}
//# sourceMappingURL=countries.js.map