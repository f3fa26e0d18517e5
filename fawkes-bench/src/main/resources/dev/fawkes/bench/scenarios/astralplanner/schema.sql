-- Astral Planner (seed 001): a planner / calendar app (Next.js, Clerk auth, Drizzle on
-- PostgreSQL), in the seed's "before" state: primary keys and foreign keys only. The seed's
-- three "ultra fast" indexes (users by clerk_id, the blocks dashboard, the events calendar) are
-- the expert set; clerk_id is not even unique yet. analytics_events is the seed's time-series
-- table, still one unpartitioned heap. Drizzle shapes: uuid keys, timestamptz, varchar enums
-- checked with CHECK, text[] tags, jsonb documents, soft deletes (deleted_at or is_deleted).

CREATE TABLE users (
  id                   uuid PRIMARY KEY,
  clerk_id             varchar(64) NOT NULL,
  email                varchar(255) NOT NULL,
  first_name           varchar(100),
  last_name            varchar(100),
  image_url            text,
  timezone             varchar(64) NOT NULL DEFAULT 'UTC',
  settings             jsonb NOT NULL DEFAULT '{}',
  onboarding_completed boolean NOT NULL DEFAULT false,
  last_active_at       timestamptz,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  deleted_at           timestamptz
);

CREATE TABLE workspaces (
  id          uuid PRIMARY KEY,
  owner_id    uuid NOT NULL REFERENCES users (id),
  name        varchar(200) NOT NULL,
  slug        varchar(200) NOT NULL,
  description text,
  is_personal boolean NOT NULL DEFAULT false,
  settings    jsonb NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  deleted_at  timestamptz
);

CREATE TABLE workspace_members (
  id           uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  user_id      uuid NOT NULL REFERENCES users (id),
  role         varchar(20) NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
  joined_at    timestamptz NOT NULL
);

-- Blocks are the app's universal items (Notion-like): projects and goals with child tasks, notes, habits.
CREATE TABLE blocks (
  id           uuid PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id),
  parent_id    uuid REFERENCES blocks (id),
  type         varchar(20) NOT NULL CHECK (type IN ('task', 'note', 'goal', 'habit', 'project')),
  title        varchar(500) NOT NULL,
  description  text,
  content      jsonb,
  status       varchar(20) NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'blocked', 'review', 'done', 'cancelled')),
  priority     varchar(10) CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
  due_date     timestamptz,
  progress     integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  tags         text[] NOT NULL DEFAULT '{}',
  assigned_to  uuid REFERENCES users (id),
  created_by   uuid NOT NULL REFERENCES users (id),
  is_archived  boolean NOT NULL DEFAULT false,
  is_deleted   boolean NOT NULL DEFAULT false,
  completed_at timestamptz,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);

CREATE TABLE calendars (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  workspace_id uuid REFERENCES workspaces (id),
  name         varchar(200) NOT NULL,
  color        varchar(7) NOT NULL DEFAULT '#3b82f6',
  provider     varchar(20) NOT NULL DEFAULT 'local' CHECK (provider IN ('local', 'google', 'outlook', 'apple')),
  external_id  text,
  is_default   boolean NOT NULL DEFAULT false,
  sync_token   text,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);

CREATE TABLE events (
  id              uuid PRIMARY KEY,
  calendar_id     uuid NOT NULL REFERENCES calendars (id),
  block_id        uuid REFERENCES blocks (id),
  title           varchar(500) NOT NULL,
  description     text,
  type            varchar(20) NOT NULL DEFAULT 'meeting' CHECK (type IN ('meeting', 'focus', 'personal', 'reminder', 'deadline', 'travel')),
  status          varchar(20) NOT NULL DEFAULT 'confirmed' CHECK (status IN ('confirmed', 'tentative', 'cancelled')),
  color           varchar(7),
  location        text,
  start_time      timestamptz NOT NULL,
  end_time        timestamptz NOT NULL,
  is_all_day      boolean NOT NULL DEFAULT false,
  recurrence_rule text,
  attendees       jsonb NOT NULL DEFAULT '[]',
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  deleted_at      timestamptz,
  CHECK (end_time >= start_time)
);

CREATE TABLE analytics_events (
  id           bigint PRIMARY KEY,
  user_id      uuid REFERENCES users (id),
  workspace_id uuid REFERENCES workspaces (id),
  session_id   uuid,
  event_type   varchar(50) NOT NULL,
  page         text,
  properties   jsonb NOT NULL DEFAULT '{}',
  created_at   timestamptz NOT NULL
);
