/**
 * Well-known organizations and their short forms, true of the world. Each
 * line: canonical name | short forms and other names, comma separated.
 * Lines whose name is only an acronym list the expansion first.
 */
const TABLE = `
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
International Court of Justice|ICJ
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
`;

export interface OrgEntry {
  name: string;
  names: string[];
}

export const KNOWN_ORGS: OrgEntry[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [name, others] = line.split('|');
    return { name: name!, names: [name!, ...(others ? others.split(',').map((s) => s.trim()).filter(Boolean) : [])] };
  });

const key = (s: string) => s.toLowerCase().replace(/[\u2019']/g, "'");
const BY_NAME = new Map<string, OrgEntry>();
for (const o of KNOWN_ORGS) for (const n of o.names) if (!BY_NAME.has(key(n))) BY_NAME.set(key(n), o);

/** The known organization named `s`, if any (case-insensitive; acronyms must match case). */
export function knownOrg(s: string): OrgEntry | undefined {
  const o = BY_NAME.get(key(s));
  if (!o) return undefined;
  // short all-caps forms only match when written in capitals ("IS" not "is", "AP" not "Ap")
  if (/^[A-Z.&]+$/.test(o.names.find((n) => key(n) === key(s)) ?? '') && s !== s.toUpperCase()) return undefined;
  return o;
}

/** Known acronyms of organizations -> expansion, for merging "UN" with "United Nations". */
export const ACRONYM_EXPANSIONS = new Map<string, string>();
for (const o of KNOWN_ORGS) for (const n of o.names) if (/^[A-Z][A-Z.&]+$/.test(n) && o.name !== n) ACRONYM_EXPANSIONS.set(n.replace(/\./g, ''), o.name);
