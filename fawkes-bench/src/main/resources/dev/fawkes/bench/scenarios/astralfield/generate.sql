-- Astral Field data generator: set-based, deterministic (only fawkes_bench.* randomness).
-- Row counts at scale 1: users 100k, leagues 8k (12 teams each), teams 96k, players 25k,
-- player_stats 900k (every player, 18 weeks, seasons 2024 and 2025), roster 1.536M (16 per team),
-- matchups 1.632M (6 a week, 17 weeks, 2 seasons), drafts 8k, draft_order 96k,
-- draft_picks 1.536M (16-round snake drafts), chat_messages 1.5M, transactions 400k,
-- audit_logs 1.5M, error_logs 50k, feedback 20k.
-- Keys: the n-th row of a table has id fawkes_bench.uuid(n, <table salt>)::text, so a child
-- derives its parent's key arithmetically (users 1, leagues 2, teams 3, players 4, ...).
-- League l owns teams (l-1)*12+1 .. l*12, draft l and matchups; low numbers are the hot ones
-- (skewed chat, transactions and activity); team t is owned by user uniform(t, 301, users).
-- Timestamps are UTC (timestamp(3) without time zone, as Prisma stores DateTime).

INSERT INTO users (id, email, name, avatar, role, lastloginat, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 1)::text,
       'manager' || g || '@' || fawkes_bench.pick(g, 101, ARRAY['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me']),
       fawkes_bench.pick(g, 102, ARRAY['Mike', 'Chris', 'Jess', 'Dan', 'Sam', 'Alex', 'Taylor', 'Jordan', 'Chris', 'Pat', 'Morgan', 'Riley', 'Casey', 'Drew', 'Kim', 'Lee'])
         || ' ' || fawkes_bench.pick(g, 103, ARRAY['Smith', 'Johnson', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Moore', 'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Scott', 'Green', 'Baker']),
       CASE WHEN fawkes_bench.rand(g, 104) < 0.6 THEN 'https://cdn.astralfield.io/avatars/' || g || '.png' END,
       (CASE WHEN g % 997 = 0 THEN 'ADMIN' WHEN fawkes_bench.rand(g, 105) < 0.08 THEN 'COMMISSIONER' ELSE 'USER' END)::user_role,
       (fawkes_bench.anchor() - interval '180 days' * (g::float8 / k.n) - interval '1 hour' * fawkes_bench.rand(g, 106)) AT TIME ZONE 'UTC',
       fawkes_bench.ts(g, 107, interval '2 years') AT TIME ZONE 'UTC' - interval '200 days',
       fawkes_bench.ts(g, 108, interval '30 days') AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(100000) AS n) k, generate_series(1, k.n) g;

INSERT INTO leagues (id, name, commissionerid, season, currentweek, maxteams, isactive, settings, lastactivityat, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 2)::text,
       fawkes_bench.pick(g, 201, ARRAY['The', 'Office', 'Dynasty', 'Sunday', 'Gridiron', 'Couch', 'Waiver Wire', 'Astral']) || ' '
         || fawkes_bench.pick(g, 202, ARRAY['Legends', 'League', 'Warriors', 'Champions', 'Degenerates', 'Titans', 'Bowl', 'Syndicate']) || ' ' || g,
       fawkes_bench.uuid(fawkes_bench.uniform((g - 1) * 12 + 1, 301, k.nu), 1)::text,
       '2025', 17, 12,
       fawkes_bench.rand(g, 203) < 0.9,
       jsonb_strip_nulls(jsonb_build_object(
         'scoring', fawkes_bench.pick(g, 204, ARRAY['PPR', 'HALF_PPR', 'STANDARD']),
         'rosterSlots', jsonb_build_object('QB', 1, 'RB', 2, 'WR', 2, 'TE', 1, 'FLEX', 1, 'K', 1, 'DEF', 1, 'BN', 7),
         'waiverType', fawkes_bench.pick(g, 205, ARRAY['FAAB', 'ROLLING', 'REVERSE_STANDINGS']),
         'faabBudget', CASE WHEN fawkes_bench.rand(g, 206) < 0.5 THEN 100 END,
         'tradeDeadlineWeek', 8 + fawkes_bench.uniform(g, 207, 5),
         'playoffTeams', fawkes_bench.pick(g, 208, ARRAY['4', '6'])::int,
         'isPublic', fawkes_bench.rand(g, 209) < 0.2)),
       (fawkes_bench.anchor() - interval '60 days' * (g::float8 / k.n) - interval '1 minute' * fawkes_bench.rand(g, 210)) AT TIME ZONE 'UTC',
       (fawkes_bench.anchor() - interval '700 days' + interval '60 days' * fawkes_bench.rand(g, 211)) AT TIME ZONE 'UTC',
       fawkes_bench.ts(g, 212, interval '60 days') AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(8000) AS n, fawkes_bench.scaled(100000) AS nu) k, generate_series(1, k.n) g;

INSERT INTO teams (id, leagueid, ownerid, name, logourl, wins, losses, ties, pointsfor, pointsagainst, standing, waiverpriority, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 3)::text,
       fawkes_bench.uuid((g - 1) / 12 + 1, 2)::text,
       fawkes_bench.uuid(fawkes_bench.uniform(g, 301, k.nu), 1)::text,
       fawkes_bench.pick(g, 302, ARRAY['Mahomes Alone', 'Kamara Chameleon', 'Hurts So Good', 'Bijan Mustard', 'Lamb Chops', 'CeeDee Rom', 'Tua Legit', 'Jefferson Airplane', 'Chase Your Dreams', 'Run CMC', 'Nacua Matata', 'Purdy Good'])
         || ' ' || ((g - 1) % 12 + 1),
       CASE WHEN fawkes_bench.rand(g, 303) < 0.3 THEN 'https://cdn.astralfield.io/logos/' || g || '.png' END,
       greatest(0, 13 - (g - 1) % 12 + fawkes_bench.uniform(g, 304, 3)::int - 2)::int,
       least(14, 1 + (g - 1) % 12 + fawkes_bench.uniform(g, 305, 2)::int - 1)::int,
       0,
       round((1900 - 40 * ((g - 1) % 12) + 150 * fawkes_bench.rand(g, 306))::numeric, 2),
       round((1500 + 200 * fawkes_bench.rand(g, 307))::numeric, 2),
       (g - 1) % 12 + 1,
       12 - (g - 1) % 12,
       (fawkes_bench.anchor() - interval '320 days') AT TIME ZONE 'UTC',
       fawkes_bench.ts(g, 308, interval '150 days') AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(8000) * 12 AS n, fawkes_bench.scaled(100000) AS nu) k, generate_series(1, k.n) g;

-- Player p has rank p; its position is pick(p, 401, ...), recomputed below where stats need it.
INSERT INTO players (id, externalid, name, position, nflteam, status, rank, adp, byeweek, imageurl, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 4)::text, 'sr:player:' || (100000 + g),
       fawkes_bench.pick(g, 402, ARRAY['Josh', 'Patrick', 'Lamar', 'Justin', 'Jalen', 'Christian', 'Tyreek', 'Davante', 'Travis', 'Derrick', 'Saquon', 'Cooper', 'Amon-Ra', 'Puka', 'Breece', 'Garrett', 'Jonathan', 'Kyren', 'Rashee', 'DeVonta', 'Mark', 'George', 'Sam', 'Brock', 'Bijan', 'Jahmyr', 'Malik', 'Trey', 'Drake', 'Ladd'])
         || ' ' || fawkes_bench.pick(g, 403, ARRAY['Allen', 'Mahomes', 'Jackson', 'Jefferson', 'Hurts', 'McCaffrey', 'Hill', 'Adams', 'Kelce', 'Henry', 'Barkley', 'Kupp', 'St. Brown', 'Nacua', 'Hall', 'Wilson', 'Taylor', 'Williams', 'Rice', 'Smith', 'Andrews', 'Kittle', 'LaPorta', 'Purdy', 'Robinson', 'Gibbs', 'Nabers', 'McBride', 'London', 'McConkey', 'Johnson', 'Brown', 'Moore', 'Davis', 'Thomas', 'Walker']),
       fawkes_bench.pick(g, 401, ARRAY['QB', 'RB', 'RB', 'WR', 'WR', 'WR', 'TE', 'K', 'DEF'])::player_position,
       CASE WHEN s.status IN ('FREE_AGENT', 'RETIRED') THEN NULL
            ELSE fawkes_bench.pick(g, 404, ARRAY['ARI', 'ATL', 'BAL', 'BUF', 'CAR', 'CHI', 'CIN', 'CLE', 'DAL', 'DEN', 'DET', 'GB', 'HOU', 'IND', 'JAX', 'KC',
                                                 'LV', 'LAC', 'LAR', 'MIA', 'MIN', 'NE', 'NO', 'NYG', 'NYJ', 'PHI', 'PIT', 'SF', 'SEA', 'TB', 'TEN', 'WAS']) END,
       s.status::player_status,
       g,
       g + 12 * fawkes_bench.rand(g, 405) - 4,
       5 + fawkes_bench.uniform(g, 406, 10)::int,
       'https://cdn.astralfield.io/players/' || (100000 + g) || '.png',
       fawkes_bench.ts(g, 407) AT TIME ZONE 'UTC' - interval '1 year',
       fawkes_bench.ts(g, 408, interval '14 days') AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(25000) AS n) k, generate_series(1, k.n) g,
     LATERAL (SELECT CASE WHEN g <= 300 AND fawkes_bench.rand(g, 409) < 0.85 THEN 'ACTIVE'
                          ELSE fawkes_bench.pick(g, 410, ARRAY['ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'QUESTIONABLE', 'DOUBTFUL', 'OUT',
                                                              'INJURED_RESERVE', 'FREE_AGENT', 'FREE_AGENT', 'RETIRED', 'RETIRED']) END AS status) s;

-- Row g is player 1 + (g-1) % players in week 1 + ((g-1) / players) % 18 of season 2024 or 2025.
INSERT INTO player_stats (id, playerid, week, season, fantasypoints, stats, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 5)::text,
       fawkes_bench.uuid(x.p, 4)::text,
       x.week, x.season::text,
       round(greatest(0, 26 * power(1 - (x.p - 1)::float8 / k.np, 4) + 10 * fawkes_bench.rand(g, 501) - 3)::numeric, 2),
       CASE fawkes_bench.pick(x.p, 401, ARRAY['QB', 'RB', 'RB', 'WR', 'WR', 'WR', 'TE', 'K', 'DEF'])
         WHEN 'QB' THEN jsonb_build_object('passYds', fawkes_bench.uniform(g, 502, 420), 'passTd', fawkes_bench.uniform(g, 503, 5) - 1,
                                           'int', fawkes_bench.uniform(g, 504, 3) - 1, 'rushYds', fawkes_bench.uniform(g, 505, 60) - 1, 'snaps', 40 + fawkes_bench.uniform(g, 506, 30))
         WHEN 'RB' THEN jsonb_build_object('rushAtt', fawkes_bench.uniform(g, 502, 25), 'rushYds', fawkes_bench.uniform(g, 503, 160) - 1, 'rushTd', fawkes_bench.uniform(g, 504, 3) - 1,
                                           'rec', fawkes_bench.uniform(g, 505, 7) - 1, 'recYds', fawkes_bench.uniform(g, 506, 70) - 1, 'fumLost', CASE WHEN fawkes_bench.rand(g, 507) < 0.05 THEN 1 ELSE 0 END)
         WHEN 'WR' THEN jsonb_build_object('targets', fawkes_bench.uniform(g, 502, 14), 'rec', fawkes_bench.uniform(g, 503, 10) - 1, 'recYds', fawkes_bench.uniform(g, 504, 170) - 1,
                                           'recTd', fawkes_bench.uniform(g, 505, 3) - 1, 'snaps', 20 + fawkes_bench.uniform(g, 506, 50))
         WHEN 'TE' THEN jsonb_build_object('targets', fawkes_bench.uniform(g, 502, 10), 'rec', fawkes_bench.uniform(g, 503, 8) - 1, 'recYds', fawkes_bench.uniform(g, 504, 110) - 1,
                                           'recTd', fawkes_bench.uniform(g, 505, 2) - 1)
         WHEN 'K' THEN jsonb_build_object('fgMade', fawkes_bench.uniform(g, 502, 5) - 1, 'fgAtt', fawkes_bench.uniform(g, 503, 5), 'xpMade', fawkes_bench.uniform(g, 504, 6) - 1,
                                          'long', 20 + fawkes_bench.uniform(g, 505, 38))
         ELSE jsonb_build_object('sacks', fawkes_bench.uniform(g, 502, 7) - 1, 'int', fawkes_bench.uniform(g, 503, 3) - 1, 'fumRec', fawkes_bench.uniform(g, 504, 3) - 1,
                                 'ptsAllowed', fawkes_bench.uniform(g, 505, 42) - 1, 'defTd', CASE WHEN fawkes_bench.rand(g, 506) < 0.1 THEN 1 ELSE 0 END)
       END,
       x.played AT TIME ZONE 'UTC', x.played AT TIME ZONE 'UTC' + interval '2 days'
FROM (SELECT fawkes_bench.scaled(25000) AS np) k,
     LATERAL (SELECT g, 1 + (g - 1) % k.np AS p, (1 + ((g - 1) / k.np) % 18)::int AS week, 2024 + (g - 1) / (k.np * 18) AS season,
                     -- the season starts in early September of its year; one week per week
                     timestamptz '2024-09-08 17:00+00' + interval '1 year' * ((g - 1) / (k.np * 18)) + interval '7 days' * (((g - 1) / k.np) % 18) AS played
              FROM generate_series(1, k.np * 36) g) x;

-- Team t's slot s holds its pick in round s+1 of its league's snake draft (see draft_picks);
-- a league drafts the 192 players from a small per-league offset on, so rostered players are the top ~256.
INSERT INTO roster (id, teamid, playerid, position, isstarter, acquisitiontype, acquiredat)
SELECT fawkes_bench.uuid(g, 6)::text,
       fawkes_bench.uuid(x.t, 3)::text,
       fawkes_bench.uuid(1 + (x.pick + fawkes_bench.uniform(x.l, 601, 64) - 1) % k.np, 4)::text,
       (ARRAY['QB', 'RB', 'RB', 'WR', 'WR', 'TE', 'FLEX', 'K', 'DEF', 'BN', 'BN', 'BN', 'BN', 'BN', 'BN', 'BN'])[x.s + 1],
       x.s < 9,
       CASE WHEN fawkes_bench.rand(g, 602) < 0.8 THEN 'DRAFT' ELSE fawkes_bench.pick(g, 603, ARRAY['WAIVER', 'FREE_AGENT', 'TRADE']) END,
       (fawkes_bench.anchor() - interval '310 days' + interval '75 seconds' * x.pick + interval '120 days' * power(fawkes_bench.rand(g, 604), 8)) AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(8000) * 192 AS n, fawkes_bench.scaled(25000) AS np) k,
     LATERAL (SELECT g, (g - 1) / 16 + 1 AS t, (g - 1) % 16 AS s, (g - 1) / 192 + 1 AS l,
                     ((g - 1) % 16) * 12 + CASE WHEN (g - 1) % 16 % 2 = 0 THEN ((g - 1) / 16) % 12 ELSE 11 - ((g - 1) / 16) % 12 END AS pick
              FROM generate_series(1, k.n) g) x;

-- League l, season 2024 + si, week w, game j: teams (j+w) % 12 and (11-j+w) % 12 of the league meet.
INSERT INTO matchups (id, leagueid, week, season, hometeamid, awayteamid, homescore, awayscore, iscomplete, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 7)::text,
       fawkes_bench.uuid(x.l, 2)::text,
       x.w, (2024 + x.si)::text,
       fawkes_bench.uuid((x.l - 1) * 12 + 1 + (x.j + x.w) % 12, 3)::text,
       fawkes_bench.uuid((x.l - 1) * 12 + 1 + (11 - x.j + x.w) % 12, 3)::text,
       round((70 + 90 * fawkes_bench.rand(g, 701))::numeric, 2),
       round((70 + 90 * fawkes_bench.rand(g, 702))::numeric, 2),
       NOT (x.si = 1 AND x.w = 17),
       (timestamptz '2024-08-01 12:00+00' + interval '1 year' * x.si) AT TIME ZONE 'UTC',
       (timestamptz '2024-09-10 08:00+00' + interval '1 year' * x.si + interval '7 days' * (x.w - 1)) AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(8000) * 204 AS n) k,
     LATERAL (SELECT g, (g - 1) / 204 + 1 AS l, ((g - 1) % 204) / 102 AS si, (((g - 1) % 102) / 6 + 1)::int AS w, (g - 1) % 6 AS j
              FROM generate_series(1, k.n) g) x;

-- One 16-round snake draft per league (season 2025); a few hot leagues are still drafting.
INSERT INTO drafts (id, leagueid, status, type, rounds, currentpick, pickseconds, settings, startedat, completedat, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 8)::text, fawkes_bench.uuid(g, 2)::text,
       (CASE WHEN g % 50 = 1 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END)::draft_status,
       'SNAKE', 16, CASE WHEN g % 50 = 1 THEN 1 + fawkes_bench.uniform(g, 801, 191)::int ELSE 192 END,
       fawkes_bench.pick(g, 802, ARRAY['60', '90', '120'])::int,
       jsonb_build_object('autoPick', fawkes_bench.rand(g, 803) < 0.7, 'orderMethod', fawkes_bench.pick(g, 804, ARRAY['RANDOM', 'MANUAL', 'REVERSE_STANDINGS'])),
       (fawkes_bench.anchor() - interval '310 days') AT TIME ZONE 'UTC',
       CASE WHEN g % 50 <> 1 THEN (fawkes_bench.anchor() - interval '310 days' + interval '4 hours') AT TIME ZONE 'UTC' END,
       (fawkes_bench.anchor() - interval '340 days') AT TIME ZONE 'UTC',
       (fawkes_bench.anchor() - interval '310 days' + interval '4 hours') AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(8000) AS n) k, generate_series(1, k.n) g;

-- Draft l picks in team order: slot o (1..12) is team (l-1)*12 + o, i.e. team g.
INSERT INTO draft_order (id, draftid, teamid, pickorder)
SELECT fawkes_bench.uuid(g, 9)::text, fawkes_bench.uuid((g - 1) / 12 + 1, 8)::text, fawkes_bench.uuid(g, 3)::text, ((g - 1) % 12 + 1)::int
FROM (SELECT fawkes_bench.scaled(8000) * 12 AS n) k, generate_series(1, k.n) g;

INSERT INTO draft_picks (id, draftid, teamid, playerid, picknumber, round, isautopick, pickmadeat)
SELECT fawkes_bench.uuid(g, 10)::text,
       fawkes_bench.uuid(x.l, 8)::text,
       fawkes_bench.uuid((x.l - 1) * 12 + 1 + CASE WHEN x.pick / 12 % 2 = 0 THEN x.pick % 12 ELSE 11 - x.pick % 12 END, 3)::text,
       fawkes_bench.uuid(1 + (x.pick + fawkes_bench.uniform(x.l, 601, 64) - 1) % k.np, 4)::text,
       (x.pick + 1)::int, (x.pick / 12 + 1)::int,
       fawkes_bench.rand(g, 1001) < 0.1,
       (fawkes_bench.anchor() - interval '310 days' + interval '75 seconds' * x.pick) AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(8000) * 192 AS n, fawkes_bench.scaled(25000) AS np) k,
     LATERAL (SELECT g, (g - 1) / 192 + 1 AS l, (g - 1) % 192 AS pick FROM generate_series(1, k.n) g) x;

-- Chat: hot leagues talk most (skewed league); the author owns a team of the league.
INSERT INTO chat_messages (id, leagueid, userid, content, type, metadata, editedat, createdat)
SELECT fawkes_bench.uuid(g, 11)::text,
       fawkes_bench.uuid(x.l, 2)::text,
       fawkes_bench.uuid(fawkes_bench.uniform((x.l - 1) * 12 + fawkes_bench.uniform(g, 1101, 12), 301, k.nu), 1)::text,
       CASE x.type
         WHEN 'TEXT' THEN fawkes_bench.pick(g, 1102, ARRAY['Who''s starting at flex this week?', 'That trade was robbery', 'gg', 'Waivers clear tonight, good luck',
                                                           'My RB1 is on IR again...', 'Anyone want to trade for a WR?', 'lol', 'Commissioner, check the scoring on Sunday night',
                                                           'Rivalry week!', 'See you all at the draft'])
         WHEN 'TRADE' THEN 'Trade proposed'
         WHEN 'SYSTEM' THEN fawkes_bench.pick(g, 1103, ARRAY['Waivers processed', 'Lineups locked', 'Week final', 'Trade accepted'])
         ELSE '[gif]' END,
       x.type::message_type,
       CASE x.type
         WHEN 'GIF' THEN jsonb_build_object('url', 'https://media.giphy.com/' || fawkes_bench.uniform(g, 1104, 5000) || '.gif', 'width', 480)
         WHEN 'TRADE' THEN jsonb_build_object('transactionId', fawkes_bench.uuid(fawkes_bench.uniform(g, 1105, k.nt), 12)::text)
         WHEN 'SYSTEM' THEN jsonb_build_object('event', 'week', 'week', fawkes_bench.uniform(g, 1106, 17)) END,
       CASE WHEN fawkes_bench.rand(g, 1107) < 0.02 THEN x.created + interval '2 minutes' END,
       x.created
FROM (SELECT fawkes_bench.scaled(1500000) AS n, fawkes_bench.scaled(8000) AS nl, fawkes_bench.scaled(100000) AS nu, fawkes_bench.scaled(400000) AS nt) k,
     LATERAL (SELECT g, fawkes_bench.skewed(g, 1108, k.nl, 2.0) AS l,
                     fawkes_bench.pick(g, 1109, ARRAY['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'GIF', 'TRADE', 'SYSTEM']) AS type,
                     fawkes_bench.ts(g, 1110) AT TIME ZONE 'UTC' AS created
              FROM generate_series(1, k.n) g) x;

INSERT INTO transactions (id, leagueid, teamid, type, status, playerids, details, createdat, processedat)
SELECT fawkes_bench.uuid(g, 12)::text,
       fawkes_bench.uuid(x.l, 2)::text,
       fawkes_bench.uuid((x.l - 1) * 12 + fawkes_bench.uniform(g, 1201, 12), 3)::text,
       x.type::transaction_type,
       x.status::transaction_status,
       CASE WHEN x.type = 'TRADE'
            THEN ARRAY[fawkes_bench.uuid(fawkes_bench.skewed(g, 1202, k.np), 4)::text, fawkes_bench.uuid(fawkes_bench.skewed(g, 1203, k.np), 4)::text]
            ELSE ARRAY[fawkes_bench.uuid(fawkes_bench.skewed(g, 1202, k.np, 2.0), 4)::text] END,
       jsonb_strip_nulls(jsonb_build_object(
         'faabBid', CASE WHEN x.type = 'WAIVER' THEN fawkes_bench.uniform(g, 1204, 60) - 1 END,
         'counterpartyTeamId', CASE WHEN x.type = 'TRADE' THEN fawkes_bench.uuid((x.l - 1) * 12 + fawkes_bench.uniform(g, 1205, 12), 3)::text END,
         'note', CASE WHEN fawkes_bench.rand(g, 1206) < 0.2 THEN 'handcuff' END,
         'vetoVotes', CASE WHEN x.type = 'TRADE' THEN fawkes_bench.uniform(g, 1207, 4) - 1 END)),
       x.created,
       CASE WHEN x.status IN ('PROCESSED', 'APPROVED', 'REJECTED') THEN x.created + interval '1 hour' * fawkes_bench.uniform(g, 1208, 48) END
FROM (SELECT fawkes_bench.scaled(400000) AS n, fawkes_bench.scaled(8000) AS nl, fawkes_bench.scaled(25000) AS np) k,
     LATERAL (SELECT g, fawkes_bench.skewed(g, 1209, k.nl, 2.0) AS l,
                     fawkes_bench.pick(g, 1210, ARRAY['ADD', 'ADD', 'DROP', 'DROP', 'WAIVER', 'WAIVER', 'WAIVER', 'TRADE']) AS type,
                     fawkes_bench.pick(g, 1211, ARRAY['PROCESSED', 'PROCESSED', 'PROCESSED', 'PROCESSED', 'PROCESSED', 'APPROVED', 'PENDING', 'REJECTED', 'CANCELLED']) AS status,
                     fawkes_bench.ts(g, 1212) AT TIME ZONE 'UTC' AS created
              FROM generate_series(1, k.n) g) x;

-- Audit trail: hot users act most; actions weighted toward lineup and roster work.
INSERT INTO audit_logs (id, userid, action, entitytype, entityid, details, ipaddress, useragent, createdat)
SELECT fawkes_bench.uuid(g, 13)::text,
       fawkes_bench.uuid(fawkes_bench.skewed(g, 1301, k.nu, 2.0), 1)::text,
       x.action,
       CASE WHEN x.action IN ('LOGIN', 'LOGOUT') THEN 'session' WHEN x.action LIKE '%TRADE' THEN 'transaction' WHEN x.action = 'DRAFT_PICK' THEN 'draft'
            WHEN x.action = 'UPDATE_SETTINGS' THEN 'league' ELSE 'roster' END,
       fawkes_bench.uuid(fawkes_bench.uniform(g, 1302, 1000000), 6)::text,
       jsonb_strip_nulls(jsonb_build_object(
         'leagueId', CASE WHEN x.action NOT IN ('LOGIN', 'LOGOUT') THEN fawkes_bench.uuid(fawkes_bench.skewed(g, 1303, k.nl, 2.0), 2)::text END,
         'week', CASE WHEN x.action IN ('UPDATE_LINEUP', 'ADD_PLAYER', 'DROP_PLAYER') THEN fawkes_bench.uniform(g, 1304, 17) END,
         'changes', CASE WHEN x.action = 'UPDATE_LINEUP' THEN jsonb_build_object('benched', fawkes_bench.uniform(g, 1305, 3), 'started', fawkes_bench.uniform(g, 1306, 3)) END,
         'method', CASE WHEN x.action = 'LOGIN' THEN fawkes_bench.pick(g, 1307, ARRAY['password', 'google', 'apple']) END,
         'source', fawkes_bench.pick(g, 1308, ARRAY['web', 'ios', 'android']))),
       '10.' || (g % 251) || '.' || (g / 251 % 256) || '.' || fawkes_bench.uniform(g, 1309, 254),
       fawkes_bench.pick(g, 1312, ARRAY['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0',
                                       'AstralField/3.2 (Android 14)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15']),
       fawkes_bench.ts(g, 1313) AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(1500000) AS n, fawkes_bench.scaled(100000) AS nu, fawkes_bench.scaled(8000) AS nl) k,
     LATERAL (SELECT g, fawkes_bench.pick(g, 1314, ARRAY['LOGIN', 'LOGIN', 'LOGIN', 'UPDATE_LINEUP', 'UPDATE_LINEUP', 'UPDATE_LINEUP', 'ADD_PLAYER', 'DROP_PLAYER',
                                                         'PROPOSE_TRADE', 'ACCEPT_TRADE', 'DRAFT_PICK', 'UPDATE_SETTINGS', 'LOGOUT', 'SEND_MESSAGE']) AS action
              FROM generate_series(1, k.n) g) x;

INSERT INTO error_logs (id, userid, level, message, stack, context, createdat)
SELECT fawkes_bench.uuid(g, 15)::text,
       CASE WHEN fawkes_bench.rand(g, 1501) < 0.7 THEN fawkes_bench.uuid(fawkes_bench.skewed(g, 1502, k.nu, 2.0), 1)::text END,
       fawkes_bench.pick(g, 1503, ARRAY['error', 'error', 'warn', 'fatal']),
       fawkes_bench.pick(g, 1504, ARRAY['Prisma P2024: timed out fetching a new connection', 'Socket disconnected', 'Sleeper API 429', 'Invalid lineup: slot FLEX', 'Redis ECONNRESET']),
       'Error\n    at ' || fawkes_bench.pick(g, 1505, ARRAY['QueryOptimizer.getLeagueDashboard', 'WebSocketManager.broadcastScoreUpdate', 'QueryOptimizer.updateLiveScores'])
         || ' (services/query-optimizer.ts:' || fawkes_bench.uniform(g, 1506, 400) || ')',
       jsonb_build_object('route', fawkes_bench.pick(g, 1507, ARRAY['/api/leagues/[id]', '/api/draft/pick', '/api/players/search', '/api/scores/live']), 'requestId', fawkes_bench.uuid(g, 1508)),
       fawkes_bench.ts(g, 1509) AT TIME ZONE 'UTC'
FROM (SELECT fawkes_bench.scaled(50000) AS n, fawkes_bench.scaled(100000) AS nu) k, generate_series(1, k.n) g;

INSERT INTO feedback (id, userid, type, title, description, status, priority, createdat, updatedat)
SELECT fawkes_bench.uuid(g, 14)::text,
       fawkes_bench.uuid(fawkes_bench.uniform(g, 1401, k.nu), 1)::text,
       fawkes_bench.pick(g, 1402, ARRAY['BUG', 'BUG', 'FEATURE', 'QUESTION', 'PRAISE']),
       fawkes_bench.pick(g, 1403, ARRAY['Live scores lag on Sunday', 'Draft room froze', 'Add dynasty leagues', 'Trade screen is confusing', 'Love the app', 'Dark mode please']),
       CASE WHEN fawkes_bench.rand(g, 1404) < 0.8 THEN 'Reported from ' || fawkes_bench.pick(g, 1405, ARRAY['iOS', 'Android', 'web']) || ' build ' || fawkes_bench.uniform(g, 1406, 500) END,
       fawkes_bench.pick(g, 1407, ARRAY['OPEN', 'OPEN', 'IN_PROGRESS', 'RESOLVED', 'RESOLVED', 'CLOSED'])::feedback_status,
       fawkes_bench.pick(g, 1408, ARRAY['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'CRITICAL'])::feedback_priority,
       fawkes_bench.ts(g, 1409) AT TIME ZONE 'UTC',
       fawkes_bench.ts(g, 1409) AT TIME ZONE 'UTC' + interval '3 days' * fawkes_bench.rand(g, 1410)
FROM (SELECT fawkes_bench.scaled(20000) AS n, fawkes_bench.scaled(100000) AS nu) k, generate_series(1, k.n) g;
