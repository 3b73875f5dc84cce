/**
 * Rules for the actors extractor, as data: the words that make a phrase a
 * title, an organization, a place or a speech act. Everything here is true
 * of English news in general; nothing is taken from a particular article.
 */

const set = (s: string) => new Set(s.trim().split(/\s*\|\s*|\s*\n\s*/).map((w) => w.toLowerCase()).filter(Boolean));

/**
 * Title heads: the noun that ends a role written before a name
 * ("Defense Secretary Mark Esper", "teacher Angela Cooper") or heads an
 * apposition ("Ana Lopez, the mayor of Quito"). Lower case; abbreviations
 * with their period.
 */
export const TITLE_HEADS = set(`
president | president-elect | vice-president | premier | chancellor | minister | secretary | secretary-general | undersecretary
envoy | ambassador | consul | diplomat | negotiator | representative | delegate | attache | emissary
commander | commander-in-chief | general | gen. | lieutenant | lt. | colonel | col. | major | maj. | captain | capt. | sergeant | sgt.
admiral | adm. | marshal | brigadier | corporal | cpl. | private | pvt. | officer | soldier | chief | chiefs | head | leader | boss
governor | gov. | mayor | senator | sen. | rep. | representative | congressman | congresswoman | committeeman | committeewoman | lawmaker | legislator | mp | assemblyman | assemblywoman
speaker | chairman | chairwoman | chairperson | chair | director | director-general | superintendent | commissioner | inspector | sheriff | ombudsman | ombudswoman | cmdr. | cdr. | cmdr | sens. | reps. | lt | col | sgt | capt | maj | adm | supt
judge | justice | magistrate | prosecutor | attorney | lawyer | counsel | solicitor | barrister | attorney-general | advocate
spokesman | spokeswoman | spokesperson | spokesmen | official | aide | adviser | advisor | counselor | counsellor | consultant | strategist
ceo | cfo | coo | cto | founder | co-founder | cofounder | owner | executive | manager | president | partner | investor | banker | economist | analyst
editor | editor-in-chief | insider | correspondent | reporter | journalist | columnist | writer | author | novelist | poet | photographer | producer | anchor | host | presenter
professor | prof. | lecturer | researcher | scientist | scholar | historian | expert | specialist | fellow | dean | principal | teacher | student | meteorologist | engineer | economist | physician | doctor | dr. | surgeon | nurse | epidemiologist | virologist | psychologist
king | queen | prince | princess | emir | sultan | monarch | emperor | pope | cardinal | bishop | archbishop | rabbi | imam | cleric | ayatollah | pastor | priest | reverend | rev.
brother | sister | son | daughter | wife | husband | father | mother | widow | widower | cousin | nephew | niece | uncle | aunt | grandson | granddaughter | grandfather | grandmother | fiance | fiancee | girlfriend | boyfriend | partner
rival | opponent | ally | challenger | candidate | nominee | incumbent | predecessor | successor | deputy | member | activist | campaigner | organizer | organiser | coordinator | administrator | treasurer | clerk | registrar
hotelier | businessman | businesswoman | entrepreneur | tycoon | magnate | billionaire | millionaire | developer | farmer | worker | employee | staffer | contractor
coach | player | striker | midfielder | defender | goalkeeper | captain | manager | referee | athlete | champion | boxer | runner | cyclist | swimmer | skier | driver
star | quarterback | linebacker | lineman | receiver | tailback | pitcher | outfielder | infielder | shortstop | winger | fullback | rusher | batsman | bowler | wicketkeeper | jockey | golfer | sprinter | wrestler | gymnast | skater | rower | forward
actor | actress | singer | musician | rapper | comedian | artist | director | filmmaker | designer | architect | chef | pilot | firefighter | detective | constable | trooper | agent
witness | victim | survivor | suspect | defendant | plaintiff | resident | mother-of-two | father-of-two
`);

/** Titles that end a role and also stand alone in front of a name with a capital ("General Mark Milley"). */
export const CAPITALIZED_TITLES = set(`
president | vice | premier | chancellor | minister | secretary | envoy | ambassador | commander | general | gen. | lieutenant | lt. | colonel | col.
major | maj. | captain | capt. | sergeant | sgt. | admiral | adm. | marshal | brigadier | governor | gov. | mayor | senator | sen. | rep. | representative
congressman | congresswoman | speaker | chairman | chairwoman | director | superintendent | commissioner | judge | justice | prosecutor | attorney
spokesman | spokeswoman | king | queen | prince | princess | emir | sultan | pope | cardinal | bishop | archbishop | rabbi | imam | ayatollah | pastor | reverend | rev.
chief | leader | inspector | sheriff | detective | officer | professor | prof. | dr. | deputy | ceo | chair | premier | councillor | councilman | councilwoman | alderman
ombudsman | ombudswoman | cmdr. | cdr. | cmdr | commodore | sens. | reps. | lt | col | sgt | capt | maj | adm | supt | cpl | insp. | det.
justices | senators | presidents | ministers | governors | generals | judges | commissioners | congressmen | congresswomen | ambassadors | mayors
`);

/**
 * Title heads that, capitalised before a name, are rather part of a name
 * ("Resident Evil", "Rival Lowe's", "Member States"): nouns for anyone, not titles.
 */
export const GENERIC_PERSON_NOUNS = set(`
resident | witness | victim | survivor | suspect | defendant | plaintiff | rival | opponent | ally | member | worker | employee | staffer | contractor | fellow
student | farmer | investor | partner | owner | writer | author | player | driver | runner | host | agent | developer | designer | artist | champion | challenger
brother | sister | son | daughter | wife | husband | father | mother | widow | cousin | uncle | aunt | private | major | general | marshal | justice
star | quarterback | linebacker | lineman | receiver | tailback | pitcher | outfielder | infielder | shortstop | winger | fullback | rusher | batsman | bowler | wicketkeeper | jockey | golfer | sprinter | wrestler | gymnast | skater | rower | forward
`);

/**
 * Title heads that end no one's name: a capitalised run ending with one is a
 * title, not a person ("Chief Strategy Officer", "Ranking Member"). Heads that
 * are also common surnames (King, Bishop, Judge, Baker, Dean) are not here.
 */
export const TITLE_NOT_SURNAME = set(`
officer | director | member | president | minister | secretary | spokesman | spokeswoman | spokesperson | commissioner | chairman | chairwoman | chairperson
executive | manager | ceo | cfo | coo | cto | coordinator | administrator | superintendent | correspondent | editor | reporter | adviser | advisor | analyst
governor | senator | ambassador | envoy | counsel | attorney | prosecutor | lawmaker | candidate | founder | co-founder | professor | lecturer | researcher
scientist | strategist | consultant | officials | official | vice-president | president-elect | secretary-general | director-general | ombudsman
`);

/**
 * Last words of names of venues, events, shows and products: such a name is
 * no person ("Blossom Music Center", "Davis Cup Finals", "Premiere Edition").
 */
export const NON_PERSON_HEADS = set(`
center | centre | pavilion | arena | amphitheater | amphitheatre | theater | theatre | auditorium | coliseum | ballpark | speedway | raceway | racecourse
festival | finals | final | cup | championship | championships | tournament | edition | series | awards | award | prize | tour | expo | summit | conference | olympics | games
album | single | trilogy | franchise | console | controller | app | phone | watch | insider
`);

/** Courtesy titles: dropped from the name, not a role; "Mr Assange" is an alias. */
export const HONORIFICS = set(`mr | mr. | mrs | mrs. | ms | ms. | miss | mx | mx. | sir | dame | lord | lady | dr | dr. | madam | monsieur | herr`);

/** Name suffixes that stay in a person's name. */
export const NAME_SUFFIXES = set(`jr | jr. | sr | sr. | ii | iii | iv`);

/** Name particles that may be lower case inside a person's name. */
export const NAME_PARTICLES = set(`al | el | bin | ibn | bint | abu | de | da | di | del | della | der | den | van | von | la | le | du | dos | das | ter | y | arap`);

/** Words that may join capitalised words inside one name ("Ministry of Defense", "Office for the Western District"). */
export const NAME_CONNECTORS = set(`of | for | the | & | de | du | des | del | la | le | van | von | der | al | el | bin | ibn | y | on | arap`);

/**
 * Heads that make a capitalised phrase an organization when they end it
 * ("Syrian Democratic Forces", "Ministry of Defense", "Indiana State Police").
 */
export const ORG_HEADS = set(`
ministry | department | agency | council | party | forces | force | army | navy | police | court | courts | tribunal
inc | inc. | corp | corp. | corporation | co | co. | company | companies | ltd | ltd. | llc | plc | gmbh | ag | sa | group | holdings | industries | bank
university | college | institute | institution | foundation | association | authority | commission | committee | office | league | network
administration | legislature | congress | parliament | senate | assembly | forum | union | federation | confederation | organization | organisation
brotherhood | front | movement | brigade | brigades | guard | guards | corps | service | services | board | bureau | directorate | cabinet | government
chamber | society | trust | fund | alliance | coalition | club | airlines | airways | motors | technologies | systems | media | news | times | post | press
journal | television | radio | broadcasting | secretariat | command | regiment | battalion | militia | caucus | commissioner | commissioners | council
agency | watch | international | cross | crescent | reserve | exchange | labs | laboratories | pharmaceuticals | energy | electric | telecom | communications
studio | studios | design | designs | works | sports | records | entertainment | productions | pictures | films | partners | ventures | solutions | software
robotics | aerospace | magazine | gazette | herald | tribune | chronicle | observer | institutes | centers | centres | academies | schools | hospitals
securities | capital | investments | insurance | financial | bancorp | cellular | electronics | semiconductor | semiconductors | chemicals | petroleum | logistics
register | inquirer | examiner | courier | dispatch | spectator | bulletin | telegraph | sentinel | enquirer | courant
therapeutics | biosciences | pharma | networks | wireless | telecommunications | railways | railroad | shipping | hotels | resorts | resources | brands | foods
`);

/** Single capitalised words that name an institution by themselves ("the Legislature", "Congress"). */
export const INSTITUTIONS = set(`congress | parliament | senate | legislature | knesset | duma | bundestag | kremlin | pentagon | politburo | cabinet`);

/** Lower-case heads after a place, demonym or name ("Afghan government", "Haqqani network", "Trump administration"). */
export const LOWER_ORG_HEADS = set(`government | administration | military | army | navy | police | parliament | cabinet | network | militia | junta | regime`);

/** Government departments written in lower case before "ministry" ("the Syrian defense ministry"). */
export const MINISTRY_SUBJECTS = set(`
defense | defence | foreign | interior | health | finance | justice | education | economy | trade | commerce | energy | oil | agriculture
labor | labour | culture | information | transport | transportation | environment | home | foreign affairs | internal affairs | treasury
`);

/** The same armed body named two ways ("Syrian army" / "Syrian military"). */
export const ORG_HEAD_SYNONYMS: Record<string, string> = { army: 'military', military: 'military', armed: 'military', regime: 'government' };

/** Heads that make a capitalised phrase a place, never an actor by itself. */
export const PLACE_HEADS = set(`
province | district | region | county | city | town | village | township | municipality | governorate | prefecture | state | states | territory | territories
street | st. | road | rd. | avenue | ave. | boulevard | square | mosque | church | cathedral | temple | synagogue | shrine | airport | river | lake | mountain | mountains | mount | mt.
valley | bay | sea | ocean | island | islands | peninsula | desert | camp | prison | jail | park | bridge | crossing | border | strait | gulf | coast | strip | heights
neighborhood | neighbourhood | neighborhoods | quarter | stadium | palace | statehouse | capitol | embassy | consulate | base | port | harbor | harbour | canal | dam | tower | building | hall | plaza | highway | mall | market | field | forest | hills | falls | beach | canyon | reservoir | station | terminal | pass
`);

/** Heads of organizations that are also places people go to; such an organization acts only when not after a locative preposition. */
export const FACILITY_HEADS = set(`university | college | school | court | hospital | prison | academy | institute | museum | library | hotel | stadium | church | mosque | center | centre`);

/** Heads that make an organization only before "for/of/on" ("Center for Global Development"); alone they name venues ("Staples Center"). */
export const OF_ORG_HEADS = set(`center | centre | program | programme | project | initiative | campaign`);

/** Prepositions that make the following name a location. */
export const LOCATIVE_PREPOSITIONS = set(`in | at | inside | outside | near | from | into | across | around | throughout | within | toward | towards | to | via | through | between`);

/** Verbs of saying, stating and acting that show their subject is an actor. */
export const SPEECH_VERBS = set(`
say | said | says | saying | tell | told | tells | telling | announce | announced | announces | announcing | state | stated | states | add | added | adds
warn | warned | warns | warning | accuse | accused | accuses | claim | claimed | claims | deny | denied | denies | insist | insisted | insists | confirm | confirmed | confirms
report | reported | reports | note | noted | notes | argue | argued | argues | urge | urged | urges | call | called | calls | demand | demanded | demands | vow | vowed
pledge | pledged | promise | promised | threaten | threatened | condemn | condemned | condemns | criticize | criticized | criticise | criticised | welcome | welcomed | welcomes
praise | praised | hail | hailed | reject | rejected | rejects | agree | agreed | agrees | declare | declared | declares | write | wrote | writes | tweet | tweeted | post | posted
testify | testified | explain | explained | acknowledge | acknowledged | admit | admitted | reiterate | reiterated | stress | stressed | emphasize | emphasized | suggest | suggested
respond | responded | reply | replied | ask | asked | asks | told | recall | recalled | estimate | estimated | predict | predicted | believe | believes | believed | think | thinks | thought
`);

/** Nouns that, governed by a country ("the UK's position", "US policy shift"), show the country acting. */
export const STANCE_NOUNS = set(`
position | decision | policy | move | stance | plan | proposal | statement | demand | demands | call | calls | effort | efforts | response | approach | push | drive
offer | pressure | sanctions | support | opposition | announcement | initiative | strategy | bid | attempt | intervention | invasion | offensive | campaign | request | veto | vote | warning | threat | recognition | withdrawal | deal | accusations | claim | claims
`);

/** Verbs whose object is acting or acted with as a party ("accused the UK", "talking to Ukraine", "thank the Afghan government"). */
export const PARTY_OBJECT_VERBS = set(`
accuse | accused | accuses | accusing | urge | urged | urges | urging | thank | thanked | thanking | blame | blamed | blames | criticize | criticized | criticise | criticised
condemn | condemned | pressure | pressured | press | pressed | warn | warned | sanction | sanctioned | ask | asked | asking | persuade | persuaded | get | got | push | pushed | allow | allowed
`);

/** Verbs that take "to"/"with" and a party ("talking to Ukraine", "negotiate with Kabul"). */
export const PARTY_PREP_VERBS = set(`talk | talks | talked | talking | speak | spoke | speaking | negotiate | negotiated | negotiating | meet | met | meeting | deal | dealing | agreed | agree | cooperate | cooperating | side | sided | ally | allied`);

/** Words that start no name even when capitalised at a sentence start. */
export const FUNCTION_WORDS = set(`
the | a | an | this | that | these | those | his | her | its | their | our | my | your | some | many | most | several | all | both | each | every | other | another | such | no | any
in | on | at | by | for | from | with | without | of | to | as | after | before | during | since | until | while | when | where | if | but | and | or | so | yet | though | although | because
however | meanwhile | also | still | even | only | just | then | now | today | yesterday | tomorrow | there | here | it | he | she | they | we | i | you | what | who | which | how | why
nearly | about | around | more | less | over | under | last | next | first | one | two | three | earlier | later | separately | instead | ironically | afterward | afterwards
against | despite | into | upon | amid | among | across | behind | beyond | via | through | toward | towards | between | like | unlike | whether | then
`);

/** Back-references with "the": the noun -> the organization heads (or categories) it can point to. */
export const ORG_BACKREFS: Record<string, string[]> = {
  ministry: ['ministry'],
  department: ['department'],
  agency: ['agency', 'police', 'authority', 'service', 'administration', 'bureau', 'commission', 'office'],
  commission: ['commission'],
  council: ['council'],
  committee: ['committee'],
  court: ['court', 'tribunal'],
  party: ['party'],
  company: ['company', 'corporation', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'utility'],
  firm: ['company', 'corporation', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group'],
  utility: ['utility'],
  group: ['group', 'armed', 'movement', 'front', 'brotherhood', 'network', 'militia'],
  militia: ['militia', 'armed', 'forces'],
  army: ['military', 'army', 'forces'],
  military: ['military', 'army', 'forces'],
  government: ['government'],
  administration: ['administration'],
  authority: ['authority'],
  office: ['office'],
  bank: ['bank'],
  university: ['university'],
  union: ['union'],
  association: ['association'],
  legislature: ['legislature'],
  police: ['police'],
  newspaper: ['media'],
  paper: ['media'],
  magazine: ['media'],
  broadcaster: ['media'],
  outlet: ['media'],
  tabloid: ['media'],
  team: ['team'],
  club: ['team', 'club'],
};

/** Speech verbs that, after a single unexplained name, speak for a person rather than a company ("Schiff asked", "Noem tweeted"). */
export const PERSON_SPEECH_VERBS = set(`asked | asks | added | adds | tweeted | tweets | wrote | writes | recalled | recalls | explained | joked | laughed | continued | testified | told | tells | shouted | admitted | conceded | quipped | replied | insisted`);

/** Person back-references with "the": the noun must be the head of one of the person's roles. */
export const PERSON_BACKREFS = set(`president | envoy | ambassador | governor | minister | secretary | commander | mayor | senator | chairman | chairwoman | director | premier | chancellor | judge | ceo | king | queen | spokesman | spokeswoman | superintendent | speaker | general | prosecutor | attorney | commissioner | representative | congressman | congresswoman`);

/** Words in a company name that make it a utility ("the utility"). */
export const UTILITY_WORDS = set(`electric | gas | power | energy | water | edison | utilities | utility`);

/** Hyphenated modifiers that describe a collective by who leads or backs it ("Kurdish-led forces"). */
export const GROUP_MODIFIER_SUFFIXES = set(`led | backed | allied | aligned | affiliated | linked | supported | sponsored | controlled | dominated | run | based`);

/** Collective nouns that head such a group. */
export const GROUP_HEADS = set(`forces | force | militia | militias | fighters | rebels | troops | units | groups | factions | militants | insurgents | paramilitaries | separatists | army`);

/** Lower-case words allowed inside a group name between the modifier and the head ("Kurdish-led security forces"). */
export const GROUP_INNER = set(`security | armed | military | government | opposition | rebel | militia | paramilitary | allied | local | tribal | special | state | police`);

/** Time nouns that end a role scanned backward ("Last week State Department official ..."). */
export const TIME_WORDS = set(`week | weeks | month | months | year | years | day | days | today | yesterday | tomorrow | morning | afternoon | evening | night | weekend | time | times`);

/** Relative pronouns that end an apposition. */
export const CLAUSE_WORDS = set(`who | whom | whose | which | that | where | when | while | because | although | though | after | before | since | if`);

/** Ethnic, religious, regional and political adjectives: alone they name no actor ("Arab states", "Kurdish-majority"). */
export const NON_ACTOR_ADJECTIVES = set(`
arab | arabs | kurdish | kurd | kurds | jewish | muslim | christian | catholic | protestant | orthodox | sunni | shia | shiite | alawite | druze | yazidi | hindu | sikh | buddhist
western | eastern | european | african | asian | latin | latino | hispanic | nordic | baltic | balkan | caucasian | middle | pashtun | tamil | uighur | uyghur | rohingya | berber | bedouin
republican | democratic | democrat | liberal | conservative | labour | socialist | communist | islamist | zionist | gop
`);

/**
 * Acronyms that are words, not organizations: units, technical terms, medical
 * and financial terms, sports positions and statistics, chat abbreviations.
 * An acronym in this list is never an actor, and before or after a person's
 * name it is not part of the name ("CB Greedy Williams", "John Smith MP").
 */
export const COMMON_ACRONYMS = new Set(
  `PAC CEO CFO COO CTO GDP TV NGO NGOs LGBT LGBTQ COVID AIDS HIV DNA GPS SUV ID FAQ USB PM AM AI IT PR HR VIP MP MPs OK RIP CCTV ATM IPO IQ PhD MBA BBQ DIY ETA FYI UFO PDF URL WWII WWI DC GMT UTC EST EDT PST PDT CET BST mph kph
  CPU CPUs GPU GPUs RAM ROM SSD HDD LCD LED LEDs OLED HDR HDMI FPS API APIs SDK HTML HTTP HTTPS CSS JSON XML SQL URI URLs GUI UI UX IP TCP DNS VPN LTE GB MB TB KB RGB GTX RTX NFC SIM OS PC PCs CD CDs DVD DVDs EV EVs VR AR XR NFT NFTs APK ZIP IDE RPC DRM ML IoT QR SMS MMS PIN RFID CGI ASAP
  MRI CT ICU ICUs ER PTSD ADHD BMI CPR IVF STD STI ECG EKG
  ETF ETFs CPI EPS ROI ESG IRA APR CO2 PV GW MW KW kW kWh MWh GWh km cm mm kg mg ml
  QB QBs RB WR WRs TE OL DL LB LBs CB CBs DB DBs OT OG DE DT ILB OLB NT FB LS KR PR FS SS GK MVP INT TFL QH TD TDs FG PAT YDS ERA RBI RBIs HRs OTL
  WTF LOL OMG TBD TBA AKA RSVP PS AMA BC AD BCE CE RRP MSRP VAT
  AL AK AZ AR CA CO CT DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH NJ NM NV NY OH OK OR RI SC SD TN TX UT VA VT WA WI WV WY`.split(/\s+/),
);

/**
 * Lower-case nouns that, right before a name, say it names an organization
 * ("the website Full Fact", "the daily Granma", "rival suitor McCaw Cellular",
 * "the newly formed group Doctors for Camp Closure"), or that head an
 * apposition after it ("Kosmos, a group co-founded by ...").
 */
export const ORG_DESCRIPTORS = set(`
company | companies | firm | group | website | site | newspaper | paper | daily | weekly | magazine | broadcaster | network | channel | station | agency
charity | organization | organisation | nonprofit | non-profit | ngo | startup | start-up | airline | carrier | bank | lender | insurer | retailer | supermarket
chain | brand | label | studio | publisher | automaker | carmaker | manufacturer | maker | operator | provider | platform | outlet | tabloid | portal
conglomerate | giant | subsidiary | affiliate | consultancy | watchdog | regulator | distributor | broker | brokerage | suitor | party | movement | militia
club | team | union | association | institute | university | foundation | think-tank | band | utility | developer | fund | insurgency
`);

/** Nouns after a name that show it is an organization ("Gulf Power unit", "Unisys shares", "the Nashua board"). */
export const ORG_AFTER_NOUNS = set(`
unit | subsidiary | division | affiliate | shares | stock | stake | shareholders | stockholders | executives | employees | staff | spokesman | spokeswoman | spokesperson
board | chairman | chairwoman | ceo | president | officials | official | headquarters | founder | co-founder | editor | editor-in-chief | lawyers | members | fighters
commander | leader | leaders | principal | senior | chief | group | party | movement | militia | faction | network | magazine | newspaper | daily | website
`);

/**
 * Last words of capitalised names that name no actor though they act in a
 * sentence: events, laws, storms, diseases, works ("Clinic Entrances Act",
 * "Hurricane Hugo", "Election Day").
 */
export const NON_ACTOR_HEADS = set(`
act | bill | law | amendment | agreement | accord | treaty | pact | plan | program | programme | project | initiative | operation | war | battle | day | week | month | year
storm | hurricane | typhoon | cyclone | virus | disease | syndrome | flu | fever | index | prize | medal | trophy | election | elections | games | olympics | marathon | open
show | series | season | album | film | movie | book | novel | song | tour | cup | festival | awards | award | summit | conference | convention | championship | championships | tournament | spaceflight
world | earth | moon | mars | sun | internet | web | christmas | easter | ramadan | brexit | covid | coronavirus | ebola | zika | sars
`);

/** Plural names of party members: "Virginia Democrats", "House Republicans" are groups of people, never one person. */
export const PARTY_MEMBERS = new Set(['Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Socialists', 'Tories', 'Greens', 'Communists', 'Nationalists', 'Unionists', 'Labourites']);
