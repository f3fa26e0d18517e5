-- Astral Field (seed 000): a fantasy sports league app on Prisma + PostgreSQL, in the seed's
-- "before" state: primary keys and foreign keys only. The seed's Phase 1/2 indexes are all
-- missing here (they are the expert set); Prisma's usual @unique constraints are left out too,
-- since the seed does not say they exist.
-- Prisma shapes: String @id (cuid-like text keys), DateTime as timestamp(3) without time zone,
-- Prisma enums as real PostgreSQL enums, Json as jsonb, String[] as text[]. Identifiers are
-- unquoted, so the seed's camelCase (playerId, createdAt) folds to lower case as written.

CREATE TYPE user_role AS ENUM ('USER', 'COMMISSIONER', 'ADMIN');
CREATE TYPE player_position AS ENUM ('QB', 'RB', 'WR', 'TE', 'K', 'DEF');
CREATE TYPE player_status AS ENUM ('ACTIVE', 'QUESTIONABLE', 'DOUBTFUL', 'OUT', 'INJURED_RESERVE', 'FREE_AGENT', 'RETIRED');
CREATE TYPE draft_status AS ENUM ('SCHEDULED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED');
CREATE TYPE transaction_type AS ENUM ('ADD', 'DROP', 'TRADE', 'WAIVER');
CREATE TYPE transaction_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'PROCESSED', 'CANCELLED');
CREATE TYPE message_type AS ENUM ('TEXT', 'TRADE', 'SYSTEM', 'GIF');
CREATE TYPE feedback_status AS ENUM ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED');
CREATE TYPE feedback_priority AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL');

CREATE TABLE users (
  id          text PRIMARY KEY,
  email       text NOT NULL,
  name        text,
  avatar      text,
  role        user_role NOT NULL DEFAULT 'USER',
  lastloginat timestamp(3),
  createdat   timestamp(3) NOT NULL,
  updatedat   timestamp(3) NOT NULL
);

CREATE TABLE leagues (
  id             text PRIMARY KEY,
  name           text NOT NULL,
  commissionerid text NOT NULL REFERENCES users (id),
  season         text NOT NULL,
  currentweek    integer NOT NULL DEFAULT 1,
  maxteams       integer NOT NULL DEFAULT 12,
  isactive       boolean NOT NULL DEFAULT true,
  settings       jsonb NOT NULL DEFAULT '{}',
  lastactivityat timestamp(3),
  createdat      timestamp(3) NOT NULL,
  updatedat      timestamp(3) NOT NULL
);

CREATE TABLE teams (
  id             text PRIMARY KEY,
  leagueid       text NOT NULL REFERENCES leagues (id),
  ownerid        text REFERENCES users (id),
  name           text NOT NULL,
  logourl        text,
  wins           integer NOT NULL DEFAULT 0,
  losses         integer NOT NULL DEFAULT 0,
  ties           integer NOT NULL DEFAULT 0,
  pointsfor      numeric(8, 2) NOT NULL DEFAULT 0,
  pointsagainst  numeric(8, 2) NOT NULL DEFAULT 0,
  standing       integer,
  waiverpriority integer,
  createdat      timestamp(3) NOT NULL,
  updatedat      timestamp(3) NOT NULL
);

CREATE TABLE players (
  id         text PRIMARY KEY,
  externalid text,
  name       text NOT NULL,
  position   player_position NOT NULL,
  nflteam    text,
  status     player_status NOT NULL DEFAULT 'ACTIVE',
  rank       integer,
  adp        double precision,
  byeweek    integer,
  imageurl   text,
  createdat  timestamp(3) NOT NULL,
  updatedat  timestamp(3) NOT NULL
);

CREATE TABLE player_stats (
  id            text PRIMARY KEY,
  playerid      text NOT NULL REFERENCES players (id),
  week          integer NOT NULL,
  season        text NOT NULL,
  fantasypoints numeric(6, 2) NOT NULL DEFAULT 0,
  stats         jsonb NOT NULL DEFAULT '{}',
  createdat     timestamp(3) NOT NULL,
  updatedat     timestamp(3) NOT NULL
);

CREATE TABLE roster (
  id              text PRIMARY KEY,
  teamid          text NOT NULL REFERENCES teams (id),
  playerid        text NOT NULL REFERENCES players (id),
  position        text NOT NULL,
  isstarter       boolean NOT NULL DEFAULT false,
  acquisitiontype text NOT NULL DEFAULT 'DRAFT',
  acquiredat      timestamp(3) NOT NULL
);

CREATE TABLE matchups (
  id         text PRIMARY KEY,
  leagueid   text NOT NULL REFERENCES leagues (id),
  week       integer NOT NULL,
  season     text NOT NULL,
  hometeamid text NOT NULL REFERENCES teams (id),
  awayteamid text NOT NULL REFERENCES teams (id),
  homescore  numeric(7, 2) NOT NULL DEFAULT 0,
  awayscore  numeric(7, 2) NOT NULL DEFAULT 0,
  iscomplete boolean NOT NULL DEFAULT false,
  createdat  timestamp(3) NOT NULL,
  updatedat  timestamp(3) NOT NULL
);

CREATE TABLE drafts (
  id           text PRIMARY KEY,
  leagueid     text NOT NULL REFERENCES leagues (id),
  status       draft_status NOT NULL DEFAULT 'SCHEDULED',
  type         text NOT NULL DEFAULT 'SNAKE',
  rounds       integer NOT NULL DEFAULT 16,
  currentpick  integer NOT NULL DEFAULT 1,
  pickseconds  integer NOT NULL DEFAULT 90,
  settings     jsonb NOT NULL DEFAULT '{}',
  startedat    timestamp(3),
  completedat  timestamp(3),
  createdat    timestamp(3) NOT NULL,
  updatedat    timestamp(3) NOT NULL
);

CREATE TABLE draft_order (
  id        text PRIMARY KEY,
  draftid   text NOT NULL REFERENCES drafts (id),
  teamid    text NOT NULL REFERENCES teams (id),
  pickorder integer NOT NULL
);

CREATE TABLE draft_picks (
  id         text PRIMARY KEY,
  draftid    text NOT NULL REFERENCES drafts (id),
  teamid     text NOT NULL REFERENCES teams (id),
  playerid   text NOT NULL REFERENCES players (id),
  picknumber integer NOT NULL,
  round      integer NOT NULL,
  isautopick boolean NOT NULL DEFAULT false,
  pickmadeat timestamp(3) NOT NULL
);

CREATE TABLE chat_messages (
  id        text PRIMARY KEY,
  leagueid  text NOT NULL REFERENCES leagues (id),
  userid    text NOT NULL REFERENCES users (id),
  content   text NOT NULL,
  type      message_type NOT NULL DEFAULT 'TEXT',
  metadata  jsonb,
  editedat  timestamp(3),
  createdat timestamp(3) NOT NULL
);

CREATE TABLE transactions (
  id          text PRIMARY KEY,
  leagueid    text NOT NULL REFERENCES leagues (id),
  teamid      text NOT NULL REFERENCES teams (id),
  type        transaction_type NOT NULL,
  status      transaction_status NOT NULL DEFAULT 'PENDING',
  playerids   text[] NOT NULL DEFAULT '{}',
  details     jsonb,
  createdat   timestamp(3) NOT NULL,
  processedat timestamp(3)
);

CREATE TABLE audit_logs (
  id         text PRIMARY KEY,
  userid     text REFERENCES users (id),
  action     text NOT NULL,
  entitytype text,
  entityid   text,
  details    jsonb,
  ipaddress  text,
  useragent  text,
  createdat  timestamp(3) NOT NULL
);

CREATE TABLE error_logs (
  id        text PRIMARY KEY,
  userid    text REFERENCES users (id),
  level     text NOT NULL,
  message   text NOT NULL,
  stack     text,
  context   jsonb,
  createdat timestamp(3) NOT NULL
);

CREATE TABLE feedback (
  id          text PRIMARY KEY,
  userid      text REFERENCES users (id),
  type        text NOT NULL,
  title       text NOT NULL,
  description text,
  status      feedback_status NOT NULL DEFAULT 'OPEN',
  priority    feedback_priority NOT NULL DEFAULT 'MEDIUM',
  createdat   timestamp(3) NOT NULL,
  updatedat   timestamp(3) NOT NULL
);
