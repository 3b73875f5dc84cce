/**
 * Word lists for the places extractor. Facts of English and of the world,
 * never of one article.
 */

/** Words that make "<direction> X" a descriptive region ("northeastern Syria", "southern Lebanon"). */
export const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-east', 'north-west', 'south-east', 'south-west', 'north-eastern', 'north-western', 'south-eastern', 'south-western',
  'upstate', 'downstate', 'coastal', 'rural', 'greater', 'mid', 'far', 'inner', 'outer',
]);

/** Directions a descriptive region may not be built with on a place of this kind alone ("coastal Aleppo" is fine, "greater" only before a city). */
export const CITY_ONLY_DIRECTIONS = new Set(['greater', 'inner', 'outer', 'downtown']);

/**
 * Lowercase words after a name that say what kind of place it is:
 * "Logar province", "Kowloon West district", "Belmarsh prison".
 * Value: the place type, and whether the word belongs in the place's name.
 */
export const SUFFIX_TYPES: Record<string, { type: 'region' | 'neighborhood' | 'landmark' | 'city' | 'other'; keep: boolean }> = {
  province: { type: 'region', keep: true },
  governorate: { type: 'region', keep: true },
  prefecture: { type: 'region', keep: true },
  oblast: { type: 'region', keep: true },
  county: { type: 'region', keep: true },
  region: { type: 'region', keep: true },
  state: { type: 'region', keep: false },
  territory: { type: 'region', keep: true },
  canton: { type: 'region', keep: true },
  emirate: { type: 'region', keep: true },
  valley: { type: 'region', keep: true },
  foothills: { type: 'region', keep: true },
  mountains: { type: 'region', keep: true },
  desert: { type: 'region', keep: true },
  peninsula: { type: 'region', keep: true },
  coast: { type: 'region', keep: true },
  'settlement bloc': { type: 'region', keep: false },
  district: { type: 'neighborhood', keep: false },
  neighborhood: { type: 'neighborhood', keep: false },
  neighbourhood: { type: 'neighborhood', keep: false },
  quarter: { type: 'neighborhood', keep: false },
  suburb: { type: 'neighborhood', keep: false },
  area: { type: 'neighborhood', keep: false },
  town: { type: 'city', keep: false },
  village: { type: 'city', keep: false },
  city: { type: 'city', keep: false },
  mosque: { type: 'landmark', keep: true },
  church: { type: 'landmark', keep: true },
  cathedral: { type: 'landmark', keep: true },
  synagogue: { type: 'landmark', keep: true },
  shrine: { type: 'landmark', keep: true },
  embassy: { type: 'landmark', keep: true },
  consulate: { type: 'landmark', keep: true },
  prison: { type: 'landmark', keep: true },
  jail: { type: 'landmark', keep: true },
  airport: { type: 'landmark', keep: true },
  'air base': { type: 'landmark', keep: true },
  airbase: { type: 'landmark', keep: true },
  'border crossing': { type: 'landmark', keep: true },
  crossing: { type: 'landmark', keep: true },
  checkpoint: { type: 'landmark', keep: true },
  bridge: { type: 'landmark', keep: true },
  hospital: { type: 'landmark', keep: true },
  stadium: { type: 'landmark', keep: true },
  'refugee camp': { type: 'landmark', keep: true },
  camp: { type: 'landmark', keep: true },
  dam: { type: 'landmark', keep: true },
  'power plant': { type: 'landmark', keep: true },
  'nuclear power plant': { type: 'landmark', keep: true },
  'nuclear plant': { type: 'landmark', keep: true },
  hotel: { type: 'landmark', keep: true },
  motel: { type: 'landmark', keep: true },
  resort: { type: 'landmark', keep: true },
};

/** Plural suffixes after a list of names ("the Shejaiya, Zeitoun, and Rimal neighborhoods"). */
export const PLURAL_SUFFIXES: Record<string, { type: 'region' | 'neighborhood' | 'city'; name: string | null }> = {
  neighborhoods: { type: 'neighborhood', name: null },
  neighbourhoods: { type: 'neighborhood', name: null },
  districts: { type: 'neighborhood', name: null },
  quarters: { type: 'neighborhood', name: null },
  provinces: { type: 'region', name: 'province' },
  governorates: { type: 'region', name: 'governorate' },
  counties: { type: 'region', name: 'County' },
  states: { type: 'region', name: null },
  towns: { type: 'city', name: null },
  villages: { type: 'city', name: null },
  cities: { type: 'city', name: null },
};

/** Capitalized last words that make a name a landmark whatever precedes it. */
export const LANDMARK_HEADS = new Set([
  'Mosque', 'Church', 'Cathedral', 'Basilica', 'Synagogue', 'Temple', 'Shrine', 'Airport', 'Bridge', 'Square',
  'Stadium', 'Arena', 'Palace', 'Prison', 'Jail', 'Statehouse', 'Capitol', 'Courthouse', 'Tower', 'Towers', 'Dam',
  'Plaza', 'Cemetery', 'Crossing', 'Gate', 'Airbase', 'Checkpoint',
]);

/** Capitalized last words that make a name a landmark only where a place is meant ("at the X", "inside the X"): these also name institutions. */
export const LOCATIVE_LANDMARK_HEADS = new Set([
  'University', 'College', 'School', 'Academy', 'Hospital', 'Embassy', 'Consulate', 'Museum', 'Center', 'Centre', 'Hall',
  'House', 'Court', 'Hotel', 'Station', 'Base', 'Camp', 'Market', 'Building', 'Library', 'Theater', 'Theatre', 'Park',
  'Mall', 'Kremlin', 'Pentagon', 'Street', 'Avenue', 'Boulevard', 'Road', 'Port', 'Harbor', 'Harbour', 'Zoo', 'Garden', 'Gardens',
  'Field', 'Inn', 'Suites', 'Motel', 'Resort', 'Casino', 'Lodge',
]);

/** Prefix words that make the following name a landmark ("HMP Belmarsh", "Mount Sinai"). */
export const LANDMARK_PREFIXES: Record<string, 'landmark' | 'other'> = {
  HMP: 'landmark',
  Fort: 'landmark',
  Camp: 'landmark',
  Mount: 'other',
  Mt: 'other',
  Lake: 'other',
  Calle: 'landmark',
  Parque: 'landmark',
  Avenida: 'landmark',
  Rue: 'landmark',
  Piazza: 'landmark',
  Plaza: 'landmark',
  Estadio: 'landmark',
  Stade: 'landmark',
  Palacio: 'landmark',
  Puente: 'landmark',
  Mercado: 'landmark',
};

/** Words before "the X" / "X" that say X is a location: prepositions of place and verbs of going or striking. */
export const LOCATIVE_WORDS = new Set([
  'in', 'at', 'inside', 'outside', 'near', 'into', 'from', 'within', 'around', 'across', 'behind', 'beside', 'through',
  'toward', 'towards', 'throughout', 'to', 'via', 'onto', 'outside', 'between', 'opposite', 'nearby', 'past', 'across',
  'surrounded', 'surround', 'surrounding', 'entered', 'enter', 'entering', 'stormed', 'storm', 'visited', 'visit', 'visiting',
  'left', 'leave', 'leaving', 'reached', 'reach', 'attacked', 'bombed', 'struck', 'hit', 'raided', 'besieged', 'occupied',
  'evacuated', 'seized', 'captured', 'shelled', 'targeted', 'fled', 'returned', 'arrived', 'landed', 'held', 'detained',
  'jailed', 'imprisoned', 'born', 'based', 'located', 'live', 'lives', 'lived', 'living',
]);

/** Lower-case nouns of settlements and areas: "the port of X", "the city of X", "the outskirts of X" name X as a location. */
export const PLACE_OF_NOUNS = new Set([
  'city', 'town', 'village', 'port', 'capital', 'province', 'state', 'region', 'county', 'district', 'island', 'islands',
  'suburb', 'suburbs', 'outskirts', 'streets', 'neighbourhood', 'neighborhood', 'municipality', 'governorate', 'prefecture',
]);

/** Words that, right after "X" (capitalized), make X an actor rather than a location. Used for metonyms. */
export const ACTOR_VERBS = new Set([
  'said', 'says', 'say', 'announced', 'accused', 'warned', 'urged', 'told', 'denied', 'claimed', 'insisted', 'stated',
  'condemned', 'welcomed', 'rejected', 'demanded', 'argued', 'believes', 'wants', 'wanted',
]);

/** Titles and institutions that may follow a place name inside one capitalized run ("Kentucky GOP Gov. Matt Bevin", "Indiana State Police"). */
export const PLACE_MODIFIED_HEADS = new Set([
  'GOP', 'Gov', 'Governor', 'President', 'Prime', 'Premier', 'Foreign', 'Defense', 'Defence', 'Interior', 'Health',
  'Justice', 'Attorney', 'Secretary', 'Minister', 'Ministry', 'Senator', 'Sen', 'Rep', 'Representative', 'Mayor',
  'Speaker', 'House', 'Senate', 'State', 'Democrats', 'Democrat', 'Republicans', 'Republican', 'Police', 'Army',
  'Navy', 'Air', 'Attorney', 'Supreme', 'Governor’s', "Governor's", 'National', 'Legislature', 'Assembly', 'Parliament',
  'Congress', 'Congressman', 'Congresswoman', 'Lt', 'Lieutenant', 'Chief', 'Commissioner', 'Department', 'Board',
  'Emir', 'King', 'Crown', 'Queen', 'Sheikh', 'Ambassador', 'Envoy', 'Consul', 'Military', 'Border', 'Coast',
]);

/**
 * Nationality and language adjectives: never places. Value: the country, for
 * "the Ecuadorean embassy". Not a complete list; countries' names are in the
 * gazetteer, these only keep their adjectives out.
 */
export const DEMONYMS: Record<string, string> = {
  Afghan: 'AF', Albanian: 'AL', Algerian: 'DZ', American: 'US', Angolan: 'AO', Argentine: 'AR', Argentinian: 'AR',
  Armenian: 'AM', Australian: 'AU', Austrian: 'AT', Azerbaijani: 'AZ', Bahraini: 'BH', Bangladeshi: 'BD',
  Belarusian: 'BY', Belgian: 'BE', Bolivian: 'BO', Bosnian: 'BA', Brazilian: 'BR', British: 'GB', Bulgarian: 'BG',
  Burmese: 'MM', Cambodian: 'KH', Cameroonian: 'CM', Canadian: 'CA', Chadian: 'TD', Chilean: 'CL', Chinese: 'CN',
  Colombian: 'CO', Congolese: 'CD', Croatian: 'HR', Cuban: 'CU', Cypriot: 'CY', Czech: 'CZ', Danish: 'DK', Dutch: 'NL',
  Ecuadorean: 'EC', Ecuadorian: 'EC', Egyptian: 'EG', Emirati: 'AE', English: 'GB', Eritrean: 'ER', Estonian: 'EE',
  Ethiopian: 'ET', Filipino: 'PH', Finnish: 'FI', French: 'FR', Georgian: 'GE', German: 'DE', Ghanaian: 'GH',
  Greek: 'GR', Guatemalan: 'GT', Haitian: 'HT', Honduran: 'HN', Hungarian: 'HU', Icelandic: 'IS', Indian: 'IN',
  Indonesian: 'ID', Iranian: 'IR', Iraqi: 'IQ', Irish: 'IE', Israeli: 'IL', Italian: 'IT', Ivorian: 'CI',
  Jamaican: 'JM', Japanese: 'JP', Jordanian: 'JO', Kazakh: 'KZ', Kenyan: 'KE', Korean: 'KR', Kosovar: 'XK',
  Kuwaiti: 'KW', Kyrgyz: 'KG', Lao: 'LA', Laotian: 'LA', Latvian: 'LV', Lebanese: 'LB', Liberian: 'LR', Libyan: 'LY',
  Lithuanian: 'LT', Malaysian: 'MY', Malian: 'ML', Maltese: 'MT', Mexican: 'MX', Moldovan: 'MD', Mongolian: 'MN',
  Montenegrin: 'ME', Moroccan: 'MA', Mozambican: 'MZ', Namibian: 'NA', Nepali: 'NP', Nepalese: 'NP', Nicaraguan: 'NI',
  Nigerian: 'NG', Nigerien: 'NE', Norwegian: 'NO', Omani: 'OM', Pakistani: 'PK', Palestinian: 'PS', Panamanian: 'PA',
  Paraguayan: 'PY', Peruvian: 'PE', Polish: 'PL', Portuguese: 'PT', Qatari: 'QA', Romanian: 'RO', Russian: 'RU',
  Rwandan: 'RW', Saudi: 'SA', Scottish: 'GB', Senegalese: 'SN', Serbian: 'RS', Singaporean: 'SG', Slovak: 'SK',
  Slovenian: 'SI', Somali: 'SO', Somalian: 'SO', 'South African': 'ZA', 'South Korean': 'KR', 'North Korean': 'KP',
  Spanish: 'ES', 'Sri Lankan': 'LK', Sudanese: 'SD', Swedish: 'SE', Swiss: 'CH', Syrian: 'SY', Taiwanese: 'TW',
  Tajik: 'TJ', Tanzanian: 'TZ', Thai: 'TH', Tunisian: 'TN', Turkish: 'TR', Turkmen: 'TM', Ugandan: 'UG',
  Ukrainian: 'UA', Uruguayan: 'UY', Uzbek: 'UZ', Venezuelan: 'VE', Vietnamese: 'VN', Welsh: 'GB', Yemeni: 'YE',
  Zambian: 'ZM', Zimbabwean: 'ZW', European: '', African: '', Asian: '', Arab: '', Kurdish: '', Kurd: '',
  Jewish: '', Muslim: '', Christian: '', Sunni: '', Shiite: '', "Shi'ite": '', Alawite: '', Druze: '', Yazidi: '',
  Pashtun: '', Baloch: '', Tamil: '', Uyghur: '', Uighur: '', Tibetan: '', Hispanic: '', Latino: '', Latina: '', Latinos: '', Latinas: '', Western: '',
  Eastern: '', Arabic: '', Persian: '', Hebrew: '', Latin: '', Scandinavian: '', Balkan: '', Caucasian: '',
  Americans: 'US', Israelis: 'IL', Palestinians: 'PS', Syrians: 'SY', Iraqis: 'IQ', Afghans: 'AF', Kurds: '',
  Serb: 'RS', Serbs: 'RS', Croat: 'HR', Croats: 'HR', Bosniak: 'BA', Catholic: '', Catholics: '', Protestant: '',
  Protestants: '', Hindu: '', Buddhist: '', Orthodox: '', Sikh: '', Evangelical: '', Loyalist: '', Unionist: '',
  Yugoslav: 'RS', Yugoslavian: 'RS', Soviet: 'RU', Iranians: 'IR', Russians: 'RU', Ukrainians: 'UA',
};

/** Capitalized words that are never places on their own, though some name towns somewhere. */
export const NOT_PLACES = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'God', 'Allah', 'Congress', 'Parliament', 'Senate',
  'House', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Police', 'Army', 'President', 'Minister',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sir', 'Lord', 'Prince', 'Princess', 'King', 'Queen', 'Pope', 'Justice', 'Court', 'Photo',
  'Video', 'Image', 'Reuters', 'AP', 'AFP', 'Twitter', 'Facebook', 'Instagram', 'Telegram', 'News', 'Times', 'Post',
  'Union', 'Independence', 'Liberty', 'Progress', 'Unity', 'Hope', 'Victory', 'Mission', 'Commerce', 'Industry',
  'Enterprise', 'Paradise', 'Harmony', 'Normal', 'Deal', 'Energy', 'Security', 'Defense', 'Defence', 'State', 'Office',
  'Council', 'Assembly', 'Government', 'Ministry', 'Authority', 'Agency', 'Forces', 'Party', 'Front', 'Movement',
  'Bank', 'Group', 'Islam', 'Christmas', 'Easter', 'Ramadan', 'Eid', 'Internet', 'Earth', 'Moon', 'Sun',
  'Brotherhood', 'Amendment', 'Constitution', 'Day', 'Week', 'Year', 'Read', 'More', 'See', 'Share', 'Email',
  'Messenger', 'WhatsApp', 'LinkedIn', 'Pinterest', 'Copy', 'Advertisement', 'Sign', 'Subscribe', 'Follow', 'Watch',
  'Related', 'Opinion', 'Analysis', 'Live', 'Updated', 'Newsletter', 'Source', 'Editor', 'Staff', 'Sport', 'Sports',
  'Business', 'World', 'Politics', 'Health', 'Science', 'Technology', 'Culture', 'Travel', 'Home', 'Media',
  'Republic', 'Order', 'Association', 'Committee', 'League', 'Society', 'Institute', 'Foundation', 'Club', 'Company',
  'Corporation', 'Inc', 'Commission', 'Service', 'Network', 'Federation', 'Alliance', 'Organization', 'Organisation',
]);

/** Words a capitalized run may start with that are not part of a place's name. */
export const LEADING_NOISE = new Set([
  'The', 'A', 'An', 'In', 'At', 'On', 'From', 'To', 'Of', 'For', 'By', 'With', 'And', 'But', 'Or', 'As', 'If', 'When',
  'While', 'After', 'Before', 'Since', 'Until', 'Near', 'Inside', 'Outside', 'Across', 'Across', 'Throughout', 'Both',
  'Meanwhile', 'However', 'Also', 'Even', 'Only', 'Many', 'Some', 'Most', 'All', 'This', 'That', 'These', 'Those',
  'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your', 'Former', 'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow',
  'Last', 'Next', 'Several', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Hundreds', 'Thousands', 'Dozens', 'Why', 'How',
  'What', 'Where', 'Who', 'Which', 'Under', 'Over', 'Against', 'Between', 'Among', 'During', 'Without', 'Within',
  'Into', 'Through', 'Like', 'Unlike', 'Despite', 'Although', 'Though', 'Because', 'So', 'Yet', 'Nor', 'Not',
  'No', 'Yes', 'Every', 'Each', 'Such', 'Other', 'Another', 'Top', 'Senior', 'Local', 'Several', 'Central',
]);

/** Lowercase words that may join the parts of one name ("Rio de Janeiro", "Deir ez-Zor", "Bosnia and Herzegovina"). */
export const NAME_JOINERS = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'la', 'le', 'les', 'los', 'las', 'van', 'von', 'der', 'den', 'al', 'el', 'ez', 'es', 'bin', 'ibn', 'upon', 'am', 'on', 'sur', 'and', 'of', 'y']);

/** Joiners that may only appear when the whole run is a known name (otherwise they split: "Syria and Iraq"). */
export const WEAK_JOINERS = new Set(['and', 'of', 'on', 'upon', 'y']);

/** Titles before a person's name: a run opening with one names a person ("President Bush"), and its last word is a surname elsewhere. */
export const TITLES = new Set([
  'President', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Prince', 'Princess', 'King', 'Queen', 'Pope',
  'Gov', 'Governor', 'Sen', 'Senator', 'Rep', 'Representative', 'Secretary', 'Minister', 'Premier', 'Chancellor', 'Mayor',
  'General', 'Gen', 'Col', 'Colonel', 'Lt', 'Lieutenant', 'Capt', 'Captain', 'Sgt', 'Sergeant', 'Maj', 'Major', 'Adm', 'Admiral',
  'Judge', 'Justice', 'Ambassador', 'Envoy', 'Sheikh', 'Emir', 'Commander', 'Chairman', 'Chairwoman', 'Speaker', 'Rev',
  'Reverend', 'Father', 'Bishop', 'Cardinal', 'Rabbi', 'Imam', 'Ayatollah', 'Prof', 'Professor', 'Officer', 'Detective',
]);

/** Capitalized last words of natural features: the run before them names one whatever it is ("Tibetan Plateau", "Florida Straits", "Arabian Sea"). */
export const GEO_FEATURE_SUFFIX = new Set([
  'Plateau', 'Straits', 'Strait', 'Basin', 'Delta', 'Gorge', 'Glacier', 'Range', 'Highlands', 'Lowlands', 'Plain', 'Plains',
  'Archipelago', 'Channel', 'Sound', 'Lagoon', 'Reef', 'Atoll', 'Sea', 'Ocean', 'River', 'Lake', 'Bay', 'Gulf', 'Desert', 'Mountains',
  'Hills', 'Peninsula', 'Canyon', 'Falls', 'Volcano', 'Isthmus', 'Steppe', 'Savannah', 'Rainforest', 'Forest', 'Marshes', 'Wetlands',
]);
