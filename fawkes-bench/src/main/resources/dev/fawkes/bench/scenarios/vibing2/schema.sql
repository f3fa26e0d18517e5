-- vibing2 (seed 003), before state: the five key tables of the Prisma schema (User, Project,
-- ProjectFile, Message, TokenUsage) as PostgreSQL 15 holds them after the move from SQLite, with
-- primary keys, foreign keys and no other index (the seed: "No composite indexes", "Missing
-- indexes on foreign keys"). The seed also says Project had "2 existing indexes retained" but does
-- not name them, so they are not modelled.
-- Naming: Prisma models become unquoted snake_case tables (User -> users, since "user" is a
-- reserved word; ProjectFile -> project_files; TokenUsage -> token_usage) and camelCase fields
-- snake_case columns (userId -> user_id). Ids are Prisma String @id @default(uuid()) stored as
-- uuid (@db.Uuid); DateTime is Prisma's timestamp(3) without time zone, holding UTC.

CREATE TABLE users (
    id         uuid PRIMARY KEY,
    email      text NOT NULL,
    password   text,                 -- bcrypt hash; null for OAuth-only accounts
    name       text,
    plan       text NOT NULL DEFAULT 'free',
    avatar_url text,
    created_at timestamp(3) NOT NULL,
    updated_at timestamp(3) NOT NULL
);

CREATE TABLE projects (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name        text NOT NULL,
    description text,
    type        text NOT NULL,       -- web-app, game, dashboard, ...
    visibility  text NOT NULL DEFAULT 'private',
    featured    boolean NOT NULL DEFAULT false,
    likes       integer NOT NULL DEFAULT 0,
    forks       integer NOT NULL DEFAULT 0,
    views       integer NOT NULL DEFAULT 0,
    created_at  timestamp(3) NOT NULL,
    updated_at  timestamp(3) NOT NULL
);

CREATE TABLE project_files (
    id         uuid PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    path       text NOT NULL,
    content    text NOT NULL,
    language   text,
    size       integer NOT NULL,
    created_at timestamp(3) NOT NULL,
    updated_at timestamp(3) NOT NULL
);

CREATE TABLE messages (
    id         uuid PRIMARY KEY,
    project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    role       text NOT NULL,        -- user, assistant, system
    content    text NOT NULL,
    tokens     integer,
    created_at timestamp(3) NOT NULL
);

CREATE TABLE token_usage (
    id                uuid PRIMARY KEY,
    user_id           uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    project_id        uuid REFERENCES projects (id) ON DELETE SET NULL,
    endpoint          text NOT NULL,
    model             text NOT NULL,
    prompt_tokens     integer NOT NULL,
    completion_tokens integer NOT NULL,
    total_tokens      integer NOT NULL,
    cost              numeric(12, 6) NOT NULL,
    timestamp         timestamp(3) NOT NULL
);
