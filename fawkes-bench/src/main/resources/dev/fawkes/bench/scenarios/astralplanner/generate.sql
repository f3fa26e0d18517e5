-- Astral Planner data generator: set-based, deterministic (only fawkes_bench.* randomness).
-- Row counts at scale 1: users 200k, workspaces 60k, workspace_members 150k, blocks 3M,
-- calendars 250k, events 2.5M, analytics_events 3M.
-- Keys: the n-th row of a table has id fawkes_bench.uuid(n, <table salt>) (users 1,
-- workspaces 2, blocks 3, calendars 4, events 5, workspace_members 6), so children derive their
-- parents' keys arithmetically. Low numbers are hot: users active most recently, workspaces and
-- calendars with the most blocks and events (fawkes_bench.skewed).

INSERT INTO users (id, clerk_id, email, first_name, last_name, image_url, timezone, settings, onboarding_completed, last_active_at, created_at, updated_at, deleted_at)
SELECT fawkes_bench.uuid(g, 1),
       'user_2' || substr(replace(fawkes_bench.uuid(g, 101)::text, '-', ''), 1, 26),
       x.first || '.' || lower(x.last) || g || '@' || fawkes_bench.pick(g, 102, ARRAY['gmail.com', 'outlook.com', 'icloud.com', 'acme.io', 'fastmail.com']),
       x.first, x.last,
       CASE WHEN fawkes_bench.rand(g, 103) < 0.7 THEN 'https://img.clerk.com/' || replace(fawkes_bench.uuid(g, 104)::text, '-', '') END,
       x.tz,
       jsonb_strip_nulls(jsonb_build_object(
         'theme', fawkes_bench.pick(g, 105, ARRAY['light', 'dark', 'system']),
         'weekStartsOn', fawkes_bench.pick(g, 106, ARRAY['0', '1'])::int,
         'defaultView', fawkes_bench.pick(g, 107, ARRAY['day', 'week', 'month', 'agenda']),
         'notifications', jsonb_build_object('email', fawkes_bench.rand(g, 108) < 0.6, 'push', fawkes_bench.rand(g, 109) < 0.4),
         'timeFormat', CASE WHEN fawkes_bench.rand(g, 110) < 0.3 THEN '24h' END)),
       fawkes_bench.rand(g, 111) < 0.8,
       fawkes_bench.anchor() - interval '90 days' * (g::float8 / k.n) - interval '10 minutes' * fawkes_bench.rand(g, 112),
       fawkes_bench.ts(g, 113) - interval '100 days',
       fawkes_bench.ts(g, 114, interval '100 days'),
       CASE WHEN fawkes_bench.rand(g, 115) < 0.03 THEN fawkes_bench.ts(g, 116, interval '1 year') END
FROM (SELECT fawkes_bench.scaled(200000) AS n) k, generate_series(1, k.n) g,
     LATERAL (SELECT fawkes_bench.pick(g, 117, ARRAY['Ava', 'Noah', 'Mia', 'Liam', 'Zoe', 'Ethan', 'Ivy', 'Lucas', 'Nora', 'Omar', 'Priya', 'Kenji', 'Sofia', 'Mateo', 'Aisha', 'Leo']) AS first,
                     fawkes_bench.pick(g, 118, ARRAY['Chen', 'Patel', 'Garcia', 'Kim', 'Nguyen', 'Smith', 'Müller', 'Rossi', 'Silva', 'Cohen', 'Okafor', 'Tanaka', 'Novak', 'Larsen']) AS last,
                     fawkes_bench.pick(g, 119, ARRAY['UTC', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney']) AS tz) x;

-- Workspace w belongs to user uniform(w, 201, users); its owner is also its first member.
INSERT INTO workspaces (id, owner_id, name, slug, description, is_personal, settings, created_at, updated_at, deleted_at)
SELECT fawkes_bench.uuid(g, 2),
       fawkes_bench.uuid(fawkes_bench.uniform(g, 201, k.nu), 1),
       x.name, lower(replace(x.name, ' ', '-')) || '-' || g,
       CASE WHEN fawkes_bench.rand(g, 202) < 0.4 THEN 'Everything for ' || lower(x.name) END,
       fawkes_bench.rand(g, 203) < 0.5,
       jsonb_build_object('icon', fawkes_bench.pick(g, 204, ARRAY['rocket', 'star', 'book', 'briefcase', 'heart']),
                          'defaultBlockType', fawkes_bench.pick(g, 205, ARRAY['task', 'note']),
                          'features', jsonb_build_object('habits', fawkes_bench.rand(g, 206) < 0.5, 'goals', fawkes_bench.rand(g, 207) < 0.7, 'ai', fawkes_bench.rand(g, 208) < 0.3)),
       fawkes_bench.ts(g, 209) - interval '30 days',
       fawkes_bench.anchor() - interval '30 days' * (g::float8 / k.n) - interval '1 minute' * fawkes_bench.rand(g, 210),
       NULL
FROM (SELECT fawkes_bench.scaled(60000) AS n, fawkes_bench.scaled(200000) AS nu) k, generate_series(1, k.n) g,
     LATERAL (SELECT fawkes_bench.pick(g, 211, ARRAY['Personal', 'Work', 'Side Project', 'Family', 'Startup', 'Studies', 'Fitness', 'Team Alpha', 'Marketing', 'Engineering']) AS name) x;

INSERT INTO workspace_members (id, workspace_id, user_id, role, joined_at)
SELECT fawkes_bench.uuid(g, 6),
       fawkes_bench.uuid(1 + (g - 1) % k.nw, 2),
       fawkes_bench.uuid(CASE WHEN g <= k.nw THEN fawkes_bench.uniform(g, 201, k.nu) ELSE fawkes_bench.uniform(g, 601, k.nu) END, 1),
       CASE WHEN g <= k.nw THEN 'owner' ELSE fawkes_bench.pick(g, 602, ARRAY['admin', 'member', 'member', 'member', 'viewer']) END,
       fawkes_bench.ts(g, 603)
FROM (SELECT fawkes_bench.scaled(150000) AS n, fawkes_bench.scaled(60000) AS nw, fawkes_bench.scaled(200000) AS nu) k, generate_series(1, k.n) g;

-- Blocks come in groups of 8 in one workspace: a project or goal, then 7 children under it.
INSERT INTO blocks (id, workspace_id, parent_id, type, title, description, content, status, priority, due_date, progress, tags,
                    assigned_to, created_by, is_archived, is_deleted, completed_at, created_at, updated_at)
SELECT fawkes_bench.uuid(g, 3),
       fawkes_bench.uuid(fawkes_bench.skewed(x.grp, 301, k.nw, 2.0), 2),
       CASE WHEN x.head THEN NULL ELSE fawkes_bench.uuid(x.grp * 8 + 1, 3) END,
       x.type,
       x.title,
       CASE WHEN fawkes_bench.rand(g, 302) < 0.7
            THEN fawkes_bench.pick(g, 303, ARRAY['Follow up with', 'Blocked on', 'Needs input from', 'Sync with', 'Ask']) || ' '
                 || fawkes_bench.pick(g, 304, ARRAY['design', 'finance', 'the client', 'engineering', 'legal', 'marketing']) || ' about the '
                 || fawkes_bench.pick(g, 305, ARRAY['roadmap', 'budget', 'launch', 'migration', 'invoice', 'hiring plan', 'sprint review', 'report']) || '.' END,
       CASE WHEN x.type IN ('note', 'project', 'goal')
            THEN jsonb_build_object('type', 'doc', 'version', fawkes_bench.uniform(g, 306, 20),
                                    'content', jsonb_build_array(jsonb_build_object('type', 'heading', 'text', x.title),
                                                                 jsonb_build_object('type', 'paragraph', 'text', 'Notes on ' || lower(x.title)),
                                                                 jsonb_build_object('type', 'checklist', 'items', fawkes_bench.uniform(g, 307, 8) - 1))) END,
       x.status,
       fawkes_bench.pick(g, 308, ARRAY['low', 'medium', 'medium', 'high', 'urgent', NULL]),
       CASE WHEN fawkes_bench.rand(g, 309) < 0.6 THEN fawkes_bench.anchor() - interval '700 days' + interval '760 days' * fawkes_bench.rand(g, 310) END,
       CASE x.status WHEN 'done' THEN 100 WHEN 'todo' THEN 0 ELSE fawkes_bench.uniform(g, 311, 99)::int END,
       array_remove(ARRAY[CASE WHEN fawkes_bench.rand(g, 312) < 0.5 THEN fawkes_bench.pick(g, 313, ARRAY['work', 'personal', 'q3', 'q4', 'health', 'finance']) END,
                          CASE WHEN fawkes_bench.rand(g, 314) < 0.25 THEN fawkes_bench.pick(g, 315, ARRAY['deep-work', 'errand', 'waiting', 'someday', 'review']) END], NULL),
       CASE WHEN fawkes_bench.rand(g, 316) < 0.6 THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 317, k.nu), 1) END,
       fawkes_bench.uuid(fawkes_bench.uniform(x.grp, 318, k.nu), 1),
       fawkes_bench.rand(g, 319) < 0.08,
       fawkes_bench.rand(g, 320) < 0.03,
       CASE WHEN x.status = 'done' THEN x.created + (fawkes_bench.anchor() - x.created) * fawkes_bench.rand(g, 321) END,
       x.created,
       x.created + (fawkes_bench.anchor() - x.created) * power(fawkes_bench.rand(g, 322), 3)
FROM (SELECT fawkes_bench.scaled(3000000) AS n, fawkes_bench.scaled(60000) AS nw, fawkes_bench.scaled(200000) AS nu) k,
     LATERAL (SELECT g, (g - 1) / 8 AS grp, (g - 1) % 8 = 0 AS head,
                     CASE WHEN (g - 1) % 8 = 0 THEN fawkes_bench.pick(g, 323, ARRAY['project', 'goal'])
                          ELSE fawkes_bench.pick(g, 323, ARRAY['task', 'task', 'task', 'task', 'note', 'habit']) END AS type,
                     fawkes_bench.pick(g, 324, ARRAY['Review', 'Draft', 'Finalize', 'Plan', 'Update', 'Prepare', 'Schedule', 'Fix', 'Write', 'Research', 'Organize', 'Ship'])
                       || ' ' || fawkes_bench.pick(g, 325, ARRAY['roadmap', 'budget', 'launch plan', 'design mockups', 'meeting notes', 'quarterly report', 'hiring pipeline',
                                                                'database migration', 'onboarding flow', 'invoice', 'workout routine', 'reading list', 'marketing campaign',
                                                                'sprint backlog', 'travel itinerary', 'tax documents']) AS title,
                     fawkes_bench.pick(g, 326, ARRAY['todo', 'todo', 'in_progress', 'in_progress', 'blocked', 'review', 'done', 'done', 'done', 'cancelled']) AS status,
                     fawkes_bench.ts(g, 327) AS created
              FROM generate_series(1, k.n) g) x;

INSERT INTO calendars (id, user_id, workspace_id, name, color, provider, external_id, is_default, sync_token, created_at, updated_at)
SELECT fawkes_bench.uuid(g, 4),
       fawkes_bench.uuid(fawkes_bench.uniform(g, 401, k.nu), 1),
       CASE WHEN fawkes_bench.rand(g, 402) < 0.5 THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 403, k.nw), 2) END,
       fawkes_bench.pick(g, 404, ARRAY['Personal', 'Work', 'Family', 'Holidays', 'Gym', 'Team', 'Birthdays']),
       fawkes_bench.pick(g, 405, ARRAY['#3b82f6', '#ef4444', '#10b981', '#f59e0b', '#8b5cf6', '#ec4899']),
       x.provider,
       CASE WHEN x.provider <> 'local' THEN replace(fawkes_bench.uuid(g, 406)::text, '-', '') || '@group.calendar' END,
       fawkes_bench.rand(g, 407) < 0.4,
       CASE WHEN x.provider <> 'local' THEN 'sync_' || fawkes_bench.uniform(g, 408, 1000000) END,
       fawkes_bench.ts(g, 409) - interval '30 days',
       fawkes_bench.anchor() - interval '30 days' * (g::float8 / k.n) - interval '1 minute' * fawkes_bench.rand(g, 410)
FROM (SELECT fawkes_bench.scaled(250000) AS n, fawkes_bench.scaled(200000) AS nu, fawkes_bench.scaled(60000) AS nw) k, generate_series(1, k.n) g,
     LATERAL (SELECT fawkes_bench.pick(g, 411, ARRAY['local', 'local', 'google', 'google', 'outlook', 'apple']) AS provider) x;

-- Events span two years up to 90 days ahead of the anchor, on 15-minute boundaries; busy calendars hold most.
INSERT INTO events (id, calendar_id, block_id, title, description, type, status, color, location, start_time, end_time, is_all_day,
                    recurrence_rule, attendees, created_at, updated_at, deleted_at)
SELECT fawkes_bench.uuid(g, 5),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 501, k.nc, 2.0), 4),
       CASE WHEN fawkes_bench.rand(g, 502) < 0.1 THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 503, k.nb), 3) END,
       x.title,
       CASE WHEN fawkes_bench.rand(g, 504) < 0.5 THEN 'Agenda: ' || lower(x.title) || '. Bring notes.' END,
       x.type,
       fawkes_bench.pick(g, 505, ARRAY['confirmed', 'confirmed', 'confirmed', 'confirmed', 'tentative', 'cancelled']),
       CASE WHEN fawkes_bench.rand(g, 506) < 0.3 THEN fawkes_bench.pick(g, 507, ARRAY['#3b82f6', '#ef4444', '#10b981', '#f59e0b']) END,
       CASE WHEN fawkes_bench.rand(g, 508) < 0.3 THEN fawkes_bench.pick(g, 509, ARRAY['Zoom', 'Google Meet', 'Room 4B', 'Cafe Luna', 'HQ lobby']) END,
       x.start_time,
       CASE WHEN x.all_day THEN x.start_time + interval '1 day' ELSE x.start_time + interval '15 minutes' * fawkes_bench.uniform(g, 510, 12) END,
       x.all_day,
       CASE WHEN fawkes_bench.rand(g, 511) < 0.08 THEN fawkes_bench.pick(g, 512, ARRAY['FREQ=WEEKLY;BYDAY=MO', 'FREQ=DAILY;COUNT=10', 'FREQ=WEEKLY;BYDAY=TU,TH', 'FREQ=MONTHLY;BYMONTHDAY=1']) END,
       CASE WHEN x.r < 0.4 THEN '[]'::jsonb
            WHEN x.r < 0.7 THEN jsonb_build_array(jsonb_build_object('email', 'guest' || fawkes_bench.uniform(g, 513, k.nu) || '@gmail.com', 'status', 'accepted'))
            ELSE jsonb_build_array(jsonb_build_object('email', 'guest' || fawkes_bench.uniform(g, 513, k.nu) || '@gmail.com', 'status', 'accepted', 'organizer', true),
                                   jsonb_build_object('email', 'guest' || fawkes_bench.uniform(g, 514, k.nu) || '@outlook.com',
                                                      'status', fawkes_bench.pick(g, 515, ARRAY['accepted', 'declined', 'needsAction']))) END,
       x.start_time - interval '14 days' * fawkes_bench.rand(g, 516),
       x.start_time - interval '1 day' * fawkes_bench.rand(g, 517),
       CASE WHEN fawkes_bench.rand(g, 518) < 0.03 THEN x.start_time - interval '2 days' END
FROM (SELECT fawkes_bench.scaled(2500000) AS n, fawkes_bench.scaled(250000) AS nc, fawkes_bench.scaled(3000000) AS nb, fawkes_bench.scaled(200000) AS nu) k,
     LATERAL (SELECT g, y.all_day, y.r,
                     CASE WHEN y.all_day THEN date_trunc('day', y.t, 'UTC') ELSE date_bin('15 minutes', y.t, fawkes_bench.anchor()) END AS start_time,
                     fawkes_bench.pick(g, 519, ARRAY['meeting', 'meeting', 'meeting', 'focus', 'personal', 'reminder', 'deadline', 'travel']) AS type,
                     fawkes_bench.pick(g, 520, ARRAY['Standup', '1:1 with manager', 'Sprint planning', 'Dentist', 'Gym', 'Focus time', 'Lunch with Sam',
                                                    'Quarterly review', 'Flight to Berlin', 'Design critique', 'Client call', 'Team retro']) AS title
              FROM generate_series(1, k.n) g,
                   LATERAL (SELECT fawkes_bench.rand(g, 521) < 0.1 AS all_day, fawkes_bench.rand(g, 522) AS r,
                                   fawkes_bench.ts(g, 523) + interval '90 days' AS t) y) x;

-- The time series: hot users and workspaces send most events, over two years.
INSERT INTO analytics_events (id, user_id, workspace_id, session_id, event_type, page, properties, created_at)
SELECT g,
       fawkes_bench.uuid(fawkes_bench.skewed(g, 701, k.nu, 2.0), 1),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 702, k.nw, 2.0), 2),
       fawkes_bench.uuid((g - 1) / 20 + 1, 703),
       x.type,
       fawkes_bench.pick(g, 704, ARRAY['/dashboard', '/calendar', '/tasks', '/goals', '/habits', '/settings', '/search']),
       jsonb_strip_nulls(jsonb_build_object(
         'device', fawkes_bench.pick(g, 705, ARRAY['desktop', 'desktop', 'mobile', 'tablet']),
         'durationMs', CASE WHEN x.type IN ('page_view', 'session_end') THEN fawkes_bench.uniform(g, 706, 600000) END,
         'blockType', CASE WHEN x.type LIKE 'block_%' OR x.type = 'task_completed' THEN fawkes_bench.pick(g, 707, ARRAY['task', 'note', 'goal', 'habit']) END,
         'query', CASE WHEN x.type = 'search' THEN fawkes_bench.pick(g, 708, ARRAY['budget', 'roadmap', 'invoice', 'gym', 'review']) END,
         'referrer', CASE WHEN x.type = 'session_start' THEN fawkes_bench.pick(g, 709, ARRAY['direct', 'google', 'email', 'twitter']) END)),
       fawkes_bench.ts(g, 710)
FROM (SELECT fawkes_bench.scaled(3000000) AS n, fawkes_bench.scaled(200000) AS nu, fawkes_bench.scaled(60000) AS nw) k,
     LATERAL (SELECT g, fawkes_bench.pick(g, 711, ARRAY['page_view', 'page_view', 'page_view', 'page_view', 'block_created', 'block_updated', 'block_updated',
                                                       'task_completed', 'event_created', 'search', 'session_start', 'session_end']) AS type
              FROM generate_series(1, k.n) g) x;
