/**
 * Sports teams and clubs, true of the world: each line names a team in full,
 * then the short names it goes by. A short name alone ("Steelers", "Thunder",
 * "Chelsea") names the team only where the article is about that sport: where
 * it names the league or a team of it in full, or two teams of it by their
 * short names (see `sportsContext` in actors.ts). Lines are grouped by league.
 */
const TABLE = {
    nfl: `
Arizona Cardinals|Cardinals
Atlanta Falcons|Falcons
Baltimore Ravens|Ravens
Buffalo Bills|Bills
Carolina Panthers|Panthers
Chicago Bears|Bears
Cincinnati Bengals|Bengals
Cleveland Browns|Browns
Dallas Cowboys|Cowboys
Denver Broncos|Broncos
Detroit Lions|Lions
Green Bay Packers|Packers
Houston Texans|Texans
Indianapolis Colts|Colts
Jacksonville Jaguars|Jaguars
Kansas City Chiefs|Chiefs
Las Vegas Raiders|Raiders,Oakland Raiders
Los Angeles Chargers|Chargers,San Diego Chargers
Los Angeles Rams|Rams,St. Louis Rams
Miami Dolphins|Dolphins
Minnesota Vikings|Vikings
New England Patriots|Patriots,Pats
New Orleans Saints|Saints
New York Giants|Giants
New York Jets|Jets
Philadelphia Eagles|Eagles
Pittsburgh Steelers|Steelers
San Francisco 49ers|49ers,Niners
Seattle Seahawks|Seahawks
Tampa Bay Buccaneers|Buccaneers,Bucs
Tennessee Titans|Titans
Washington Commanders|Commanders,Washington Redskins,Redskins,Washington Football Team
`,
    nba: `
Atlanta Hawks|Hawks
Boston Celtics|Celtics
Brooklyn Nets|Nets,New Jersey Nets
Charlotte Hornets|Hornets
Chicago Bulls|Bulls
Cleveland Cavaliers|Cavaliers,Cavs
Dallas Mavericks|Mavericks,Mavs
Denver Nuggets|Nuggets
Detroit Pistons|Pistons
Golden State Warriors|Warriors
Houston Rockets|Rockets
Indiana Pacers|Pacers
Los Angeles Clippers|Clippers
Los Angeles Lakers|Lakers
Memphis Grizzlies|Grizzlies
Miami Heat|Heat
Milwaukee Bucks|Bucks
Minnesota Timberwolves|Timberwolves,Wolves
New Orleans Pelicans|Pelicans
New York Knicks|Knicks
Oklahoma City Thunder|Thunder
Orlando Magic|Magic
Philadelphia 76ers|76ers,Sixers
Phoenix Suns|Suns
Portland Trail Blazers|Trail Blazers,Blazers
Sacramento Kings|Kings
San Antonio Spurs|Spurs
Toronto Raptors|Raptors
Utah Jazz|Jazz
Washington Wizards|Wizards
`,
    mlb: `
Arizona Diamondbacks|Diamondbacks
Atlanta Braves|Braves
Baltimore Orioles|Orioles
Boston Red Sox|Red Sox
Chicago Cubs|Cubs
Chicago White Sox|White Sox
Cincinnati Reds|Reds
Cleveland Guardians|Guardians,Cleveland Indians,Indians
Colorado Rockies|Rockies
Detroit Tigers|Tigers
Houston Astros|Astros
Kansas City Royals|Royals
Los Angeles Angels|Angels
Los Angeles Dodgers|Dodgers
Miami Marlins|Marlins
Milwaukee Brewers|Brewers
Minnesota Twins|Twins
New York Mets|Mets
New York Yankees|Yankees
Oakland Athletics|Athletics,A's
Philadelphia Phillies|Phillies
Pittsburgh Pirates|Pirates
San Diego Padres|Padres
San Francisco Giants|Giants
Seattle Mariners|Mariners
St. Louis Cardinals|Cardinals
Tampa Bay Rays|Rays
Texas Rangers|Rangers
Toronto Blue Jays|Blue Jays
Washington Nationals|Nationals
`,
    nhl: `
Anaheim Ducks|Ducks
Arizona Coyotes|Coyotes
Boston Bruins|Bruins
Buffalo Sabres|Sabres
Calgary Flames|Flames
Carolina Hurricanes|Hurricanes
Chicago Blackhawks|Blackhawks
Colorado Avalanche|Avalanche
Columbus Blue Jackets|Blue Jackets
Dallas Stars|Stars
Detroit Red Wings|Red Wings
Edmonton Oilers|Oilers
Florida Panthers|Panthers
Los Angeles Kings|Kings
Minnesota Wild|Wild
Montreal Canadiens|Canadiens,Habs
Nashville Predators|Predators
New Jersey Devils|Devils
New York Islanders|Islanders,Isles
New York Rangers|Rangers
Ottawa Senators|Senators
Philadelphia Flyers|Flyers
Pittsburgh Penguins|Penguins
San Jose Sharks|Sharks
Seattle Kraken|Kraken
St. Louis Blues|Blues
Tampa Bay Lightning|Lightning
Toronto Maple Leafs|Maple Leafs
Vancouver Canucks|Canucks
Vegas Golden Knights|Golden Knights
Washington Capitals|Capitals
Winnipeg Jets|Jets
`,
    football: `
Arsenal|Gunners
Aston Villa|Villa
Chelsea|Blues
Everton|Toffees
Liverpool|Reds
Manchester City|Man City
Manchester United|Man United,Man Utd,Red Devils
Newcastle United|Newcastle,Magpies
Tottenham Hotspur|Tottenham,Spurs
West Ham United|West Ham,Hammers
Leicester City|Leicester,Foxes
Leeds United|Leeds
Wolverhampton Wanderers|Wolves
Crystal Palace|
Southampton|Saints
Brighton & Hove Albion|Brighton
Celtic|
Rangers|
Real Madrid|
Barcelona|Barca,FC Barcelona,Barça
Atletico Madrid|Atlético Madrid,Atletico
Athletic Bilbao|
Sevilla|
Valencia|
Villarreal|
Real Sociedad|
Real Betis|Betis
Juventus|Juve
Inter Milan|Inter,Internazionale
AC Milan|Milan
Napoli|
Roma|AS Roma
Lazio|
Bayern Munich|Bayern,Bayern Muenchen,Bayern München
Borussia Dortmund|Dortmund
RB Leipzig|Leipzig
Bayer Leverkusen|Leverkusen
Schalke|Schalke 04
Paris Saint-Germain|PSG
Olympique Marseille|Marseille
Olympique Lyonnais|Lyon
Monaco|AS Monaco
Ajax|Ajax Amsterdam
PSV Eindhoven|PSV
Feyenoord|
FC Porto|Porto
Benfica|
Sporting Lisbon|Sporting
Galatasaray|
Fenerbahce|Fenerbahçe
Besiktas|Beşiktaş
Anderlecht|
Club Brugge|
Boca Juniors|Boca
River Plate|
Flamengo|
Santos|
LA Galaxy|Galaxy
Inter Miami|
`,
};
/** The leagues and bodies whose naming makes an article one about that sport. */
export const LEAGUE_NAMES = {
    nfl: ['NFL', 'National Football League', 'Super Bowl', 'AFC', 'NFC'],
    nba: ['NBA', 'National Basketball Association', 'WNBA'],
    mlb: ['MLB', 'Major League Baseball', 'World Series', 'American League', 'National League'],
    nhl: ['NHL', 'National Hockey League', 'Stanley Cup'],
    football: ['Premier League', 'Champions League', 'Europa League', 'La Liga', 'Serie A', 'Bundesliga', 'Ligue 1', 'FA Cup', 'UEFA', 'FIFA', 'Eredivisie', 'MLS', 'Copa Libertadores', 'Carabao Cup', 'League Cup'],
};
export const TEAMS = Object.entries(TABLE).flatMap(([league, lines]) => lines
    .trim()
    .split('\n')
    .map((line) => {
    const [name, others] = line.split('|');
    return { name: name, league, short: others ? others.split(',').map((x) => x.trim()).filter(Boolean) : [] };
}));
/** Full team names -> entry (a full name needs no context: "Pittsburgh Steelers"). City-named clubs ("Chelsea", "Liverpool") are short names of themselves. */
export const TEAM_BY_FULL = new Map();
/** Short names -> the teams they may name. */
export const TEAM_BY_SHORT = new Map();
const CITY_NAMED = /^(?:[A-Z][a-z]+)$/;
for (const t of TEAMS) {
    // a one-word club name ("Chelsea", "Everton", "Juventus") may be a place or a word too: it needs context
    if (CITY_NAMED.test(t.name)) {
        const list = TEAM_BY_SHORT.get(t.name) ?? [];
        list.push(t);
        TEAM_BY_SHORT.set(t.name, list);
    }
    else
        TEAM_BY_FULL.set(t.name, t);
    for (const s of t.short) {
        const list = TEAM_BY_SHORT.get(s) ?? [];
        list.push(t);
        TEAM_BY_SHORT.set(s, list);
    }
}
/** League name -> league key. */
export const LEAGUE_BY_NAME = new Map();
for (const [league, names] of Object.entries(LEAGUE_NAMES))
    for (const n of names)
        LEAGUE_BY_NAME.set(n, league);
//# sourceMappingURL=sports.js.map