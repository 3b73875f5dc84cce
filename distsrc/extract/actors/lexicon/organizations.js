/**
 * Well-known organizations and their short forms, true of the world. Each
 * line: canonical name | short forms and other names, comma separated.
 * Lines whose name is only an acronym list the expansion first. A line
 * "# kind" starts a section: body (governments, agencies, parties, NGOs),
 * media, company, education, sports.
 */
const TABLE = `
# body
United Nations|UN,U.N.
European Union|EU,E.U.
North Atlantic Treaty Organization|NATO
World Health Organization|WHO
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
International Atomic Energy Agency|IAEA
Organization of the Petroleum Exporting Countries|OPEC
Association of Southeast Asian Nations|ASEAN
African Union|AU
Arab League|League of Arab States
Organization for Security and Co-operation in Europe|OSCE
International Committee of the Red Cross|ICRC,Red Cross
Red Crescent|
Amnesty International|Amnesty
Human Rights Watch|HRW
Doctors Without Borders|MSF,Medecins Sans Frontieres
UNICEF|
UNESCO|
UN Refugee Agency|UNHCR
International Criminal Court|ICC
International Court of Justice|ICJ,World Court
UN Security Council|Security Council,UNSC
UN General Assembly|General Assembly
Interpol|
Europol|
Taliban|
Hamas|
Hezbollah|Hizbollah,Hizbullah
Islamic State|ISIS,ISIL,IS,Daesh
al-Qaeda|Al Qaeda,al Qaeda,Al-Qaeda,al-Qaida
Boko Haram|
al-Shabab|al-Shabaab,Al-Shabaab
Houthis|Houthi
Muslim Brotherhood|
Kurdistan Workers' Party|PKK
White House|
Pentagon|
Kremlin|
State Department|
Joint Chiefs of Staff|
Federal Bureau of Investigation|FBI
Central Intelligence Agency|CIA
National Security Agency|NSA
Department of Homeland Security|DHS
Environmental Protection Agency|EPA
Food and Drug Administration|FDA
Centers for Disease Control and Prevention|CDC
National Aeronautics and Space Administration|NASA
Federal Reserve|Fed
Supreme Court|
Congress|
House of Representatives|
Democratic Party|
Republican Party|GOP
# media
Associated Press|AP
Agence France-Presse|AFP
Reuters|
Bloomberg|
BBC|British Broadcasting Corporation
CNN|
Al Jazeera|
Xinhua|
TASS|
Interfax|
NBC News|NBC
CBS News|CBS
Fox News|
New York Times|
Washington Post|
Wall Street Journal|
Financial Times|
# company
Google|
Apple|
Amazon|
Microsoft|
Facebook|
Meta|
Twitter|
Tesla|
Boeing|
Airbus|
# media
ABC News|
CBS Sports|
NBC Sports|
ESPN|
Sky News|
Sky Sports|
BBC Sport|
MSNBC|
CNBC|
PBS|
NPR|National Public Radio
C-SPAN|
Voice of America|VOA
Radio Free Europe/Radio Liberty|Radio Free Europe,RFE/RL
Deutsche Welle|
France 24|
Euronews|
Russia Today|
USA Today|
Los Angeles Times|LA Times
Chicago Tribune|
Boston Globe|
Miami Herald|
Houston Chronicle|
San Francisco Chronicle|
Dallas Morning News|
Philadelphia Inquirer|
Newsday|
New York Post|
Politico|
Axios|
BuzzFeed News|BuzzFeed
HuffPost|Huffington Post
Business Insider|
Forbes|
Newsweek|
The New Yorker|New Yorker
The Economist|Economist
Variety|
Billboard|
Rolling Stone|
The Hollywood Reporter|Hollywood Reporter
Deadline|Deadline Hollywood
TheWrap|The Wrap,Wrap
Vanity Fair|
Entertainment Weekly|
TMZ|
Daily Mail|Mail Online,MailOnline
The Guardian|Guardian
Daily Telegraph|The Telegraph,Telegraph
Daily Mirror|
Evening Standard|
The Observer|
ITV|ITV News
Channel 4 News|
Le Monde|
Le Figaro|
Der Spiegel|Spiegel
Bild|
Sueddeutsche Zeitung|Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung|
El Pais|El País
El Mundo|
Corriere della Sera|
La Repubblica|
NHK|
Kyodo News|Kyodo
Yonhap|Yonhap News Agency
Asahi Shimbun|
Yomiuri Shimbun|
Nikkei|
South China Morning Post|SCMP
Global Times|
People's Daily|
China Daily|
Times of India|
Hindustan Times|
NDTV|
Press Trust of India|PTI
Al Arabiya|
Haaretz|
Times of Israel|
Jerusalem Post|
Anadolu Agency|Anadolu
IRNA|Islamic Republic News Agency
Tasnim|Tasnim News Agency
SANA|Syrian Arab News Agency
RIA Novosti|
ITAR-TASS|
Kommersant|
Izvestia|
Interfax-Ukraine|
Ukrinform|
Sydney Morning Herald|
Canadian Broadcasting Corporation|CBC,CBC News
Globe and Mail|
Toronto Star|
National Post|
Wikipedia|
WikiLeaks|Wikileaks
Wikinews|
Bellingcat|
ProPublica|
The Intercept|
Daily Beast|
Mother Jones|
National Review|
Breitbart News|Breitbart
Drudge Report|
TechCrunch|
The Verge|
Wired|
Engadget|
Ars Technica|
CNET|
ZDNet|
Gizmodo|
Mashable|
Kotaku|
Pitchfork|
NME|
Box Office Mojo|
Refinitiv|
FactSet|
Morningstar|
Moody's|Moody's Investors Service
Standard & Poor's|S&P Global
Fitch Ratings|Fitch
Nielsen|
Gallup|
Pew Research Center|Pew
YouGov|
Ipsos|
# company
Alphabet|
Netflix|
IBM|
Intel|
AMD|
Nvidia|
Qualcomm|
Oracle|
Cisco|
Dell|
Samsung|
Sony|
Huawei|
ZTE|
Xiaomi|
Lenovo|
Alibaba|
Tencent|
Baidu|
ByteDance|
TikTok|
Uber|
Lyft|
Airbnb|
Spotify|
Snapchat|
Instagram|
WhatsApp|
YouTube|
LinkedIn|
Reddit|
PayPal|
eBay|
Yahoo|
Adobe|
Salesforce|
Siemens|
Philips|
Nokia|
Ericsson|
Vodafone|
Verizon|
AT&T|
T-Mobile|
Comcast|
Disney|Walt Disney Co.,Walt Disney Company
Warner Bros.|Warner Bros
Paramount|Paramount Pictures
Lionsgate|
HBO|
Hulu|
Nintendo|
Ubisoft|
Electronic Arts|
Activision Blizzard|Activision
Epic Games|
SpaceX|
Blue Origin|
Lockheed Martin|
Northrop Grumman|
Raytheon|
General Dynamics|
BAE Systems|
Embraer|
Bombardier|
Rolls-Royce|
General Electric|GE
General Motors|GM
Ford|Ford Motor Co.,Ford Motor Company
Chrysler|
Fiat|
Stellantis|
Volkswagen|VW
BMW|
Mercedes-Benz|
Daimler|
Audi|
Porsche|
Toyota|
Honda|
Nissan|
Hyundai|
Mazda|
Subaru|
Mitsubishi|
Renault|
Peugeot|
Volvo|
Jaguar Land Rover|Jaguar
Ferrari|
Nestle|Nestlé
Unilever|
Procter & Gamble|P&G
Johnson & Johnson|
Pfizer|
Moderna|
AstraZeneca|
Novartis|
Roche|
Sanofi|
GlaxoSmithKline|GSK
Merck|
Bayer|
Eli Lilly|
Gilead|Gilead Sciences
Kellogg|Kellogg's
Coca-Cola|
PepsiCo|Pepsi
McDonald's|
Starbucks|
KFC|
Burger King|
Walmart|Wal-Mart
Costco|
Home Depot|
Lowe's|
Kroger|
Walgreens|
Best Buy|
IKEA|
H&M|
Nike|
Adidas|
Exxon Mobil|ExxonMobil,Exxon
Mobil|
Chevron|
Royal Dutch Shell|Shell
BP|British Petroleum
TotalEnergies|
Gazprom|
Rosneft|
Lukoil|
Saudi Aramco|Aramco
Petrobras|
PDVSA|
Sinopec|
PetroChina|
Halliburton|
Schlumberger|
JPMorgan Chase|JPMorgan,J.P. Morgan
Goldman Sachs|
Morgan Stanley|
Citigroup|Citi,Citibank
Bank of America|
Wells Fargo|
HSBC|
Barclays|
Deutsche Bank|
Credit Suisse|
UBS|
BNP Paribas|
Santander|
Lloyds|Lloyds Banking Group
Royal Bank of Scotland|RBS
Nomura|
BlackRock|
Berkshire Hathaway|
Bear Stearns|
Lehman Brothers|
Merrill Lynch|
Fannie Mae|
Freddie Mac|
Visa|
Mastercard|
American Express|
Enron|
WorldCom|
Ryanair|
EasyJet|
Lufthansa|
Air France|
British Airways|
Delta Air Lines|
United Airlines|
American Airlines|
Southwest Airlines|
Qatar Airways|
Etihad|Etihad Airways
Singapore Airlines|
Cathay Pacific|
Qantas|
Air Canada|
Aeroflot|
Pan Am|Pan American World Airways
Trans World Airlines|TWA
FedEx|
UPS|
DHL|
Maersk|
Foxconn|
TSMC|
Panasonic|
Toshiba|
Hitachi|
Fujitsu|
SoftBank|
Rakuten|
# education
Harvard University|Harvard
Yale University|Yale
Stanford University|Stanford
Massachusetts Institute of Technology|MIT
California Institute of Technology|Caltech
UCLA|
# body
Labour Party|Labour
Conservative Party|Conservatives,Tories,Tory Party
Liberal Democrats|Lib Dems,Liberal Democrat Party
Scottish National Party|SNP
Brexit Party|
UKIP|UK Independence Party
Sinn Fein|Sinn Féin
Democratic Unionist Party|DUP
Christian Democratic Union|CDU
Social Democratic Party|SPD
Alternative for Germany|AfD
African National Congress|ANC
Bharatiya Janata Party|BJP
Indian National Congress|
Likud|
Fatah|
Palestine Liberation Organization|PLO
Chinese Communist Party|CCP,Communist Party of China
United Russia|
Ennahda|
Kurdistan Democratic Party|KDP
Democratic Union Party|PYD
People's Protection Units|YPG
Syrian Democratic Forces|SDF
Free Syrian Army|FSA
Hayat Tahrir al-Sham|HTS
FARC|Revolutionary Armed Forces of Colombia
Ku Klux Klan|KKK
NAACP|
American Civil Liberties Union|ACLU
National Rifle Association|NRA
Planned Parenthood|
Greenpeace|
Bill & Melinda Gates Foundation|Bill and Melinda Gates Foundation,Gates Foundation
World Wide Fund for Nature|WWF
Oxfam|
Save the Children|
Transparency International|
Reporters Without Borders|RSF
Committee to Protect Journalists|CPJ
Southern Poverty Law Center|SPLC
Black Lives Matter|
Extinction Rebellion|
World Food Programme|WFP
UN Development Programme|UNDP
Food and Agriculture Organization|FAO
International Labour Organization|ILO
Organisation for Economic Co-operation and Development|OECD
Council of Europe|
European Commission|
European Parliament|
European Central Bank|ECB
Bank of England|
Bank of Japan|
People's Bank of China|
Frontex|
Mossad|
Shin Bet|
MI5|
MI6|
KGB|
FSB|
Scotland Yard|
Metropolitan Police|Met Police
European Space Agency|ESA
Roscosmos|
JAXA|
ISRO|
NOAA|National Oceanic and Atmospheric Administration
National Weather Service|
National Hurricane Center|
U.S. Geological Survey|USGS
Federal Emergency Management Agency|FEMA
Drug Enforcement Administration|DEA
Immigration and Customs Enforcement|ICE
Customs and Border Protection|CBP
Transportation Security Administration|TSA
Federal Aviation Administration|FAA
Federal Communications Commission|FCC
Federal Trade Commission|FTC
Securities and Exchange Commission|SEC
Internal Revenue Service|IRS
National Transportation Safety Board|NTSB
National Institutes of Health|NIH
Justice Department|Department of Justice,DOJ
Secret Service|
National Guard|
Coast Guard|
Organisation for the Prohibition of Chemical Weapons|OPCW
# sports
International Olympic Committee|IOC
FIFA|
UEFA|
National Football League|NFL
National Basketball Association|NBA
Major League Baseball|MLB
National Hockey League|NHL
Major League Soccer|MLS
NCAA|
WNBA|
ATP|
WTA|
PGA Tour|
NASCAR|
World Anti-Doping Agency|WADA
Premier League|
La Liga|
Serie A|
Bundesliga|
Champions League|UEFA Champions League
Europa League|
`;
export const KNOWN_ORGS = [];
{
    let kind = 'body';
    for (const line of TABLE.trim().split('\n')) {
        if (line.startsWith('# ')) {
            kind = line.slice(2).trim();
            continue;
        }
        const [name, others] = line.split('|');
        KNOWN_ORGS.push({ name: name, names: [name, ...(others ? others.split(',').map((s) => s.trim()).filter(Boolean) : [])], kind });
    }
}
const key = (s) => s.toLowerCase().replace(/[\u2019']/g, "'");
const BY_NAME = new Map();
for (const o of KNOWN_ORGS)
    for (const n of o.names)
        if (!BY_NAME.has(key(n)))
            BY_NAME.set(key(n), o);
/** The known organization named `s`, if any (case-insensitive; acronyms must match case). */
export function knownOrg(s) {
    const o = BY_NAME.get(key(s));
    if (!o)
        return undefined;
    // short all-caps forms only match when written in capitals ("IS" not "is", "AP" not "Ap")
    if (/^[A-Z.&]+$/.test(o.names.find((n) => key(n) === key(s)) ?? '') && s !== s.toUpperCase())
        return undefined;
    return o;
}
/** Known acronyms of organizations -> expansion, for merging "UN" with "United Nations". */
export const ACRONYM_EXPANSIONS = new Map();
for (const o of KNOWN_ORGS)
    for (const n of o.names)
        if (/^[A-Z][A-Z.&]+$/.test(n) && o.name !== n)
            ACRONYM_EXPANSIONS.set(n.replace(/\./g, ''), o.name);
//# sourceMappingURL=organizations.js.map