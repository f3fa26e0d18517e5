-- vibing2 (seed 003) data: set-based and deterministic (fawkes_bench hashes of row number and
-- salt). Sizes at scale 1: users 50k, projects 250k, project_files 1M, messages 3M,
-- token_usage 2M. Skew: user 1 owns the most projects; project 1 has the most messages, files
-- and token usage.
-- Keys are recomputed, never joined: user i is fawkes_bench.uuid(i, 1), created at ts(i, 2);
-- project p is fawkes_bench.uuid(p, 10), owned by user skewed(p, 11) and created at
--   uc + (anchor - uc) * rand(p, 12), uc being its owner's creation time,
-- so every child row can rebuild its parent's key and time, and comes after it.
-- Timestamps are UTC wall times in timestamp(3): "AT TIME ZONE 'UTC'" keeps them independent of
-- the session's TimeZone. "OFFSET 0" keeps inner selects from being flattened (one draw a row).


INSERT INTO users (id, email, password, name, plan, avatar_url, created_at, updated_at)
SELECT fawkes_bench.uuid(u, 1),
       'dev' || u || '@' || fawkes_bench.pick(u, 3, '{gmail.com,outlook.com,vibing.dev,proton.me,company.io}'),
       CASE WHEN fawkes_bench.rand(u, 4) < 0.7 THEN '$2a$10$' || translate(fawkes_bench.uuid(u, 5)::text, '-', '') END,
       fawkes_bench.pick(u, 6, '{Ada,Linus,Grace,Guido,Margaret,Ken,Barbara,Dennis,Radia,Bjarne,Anders,Yukihiro}')
         || ' ' || fawkes_bench.pick(u, 7, '{Lovelace,Torvalds,Hopper,Rossum,Hamilton,Thompson,Liskov,Ritchie,Perlman,Hejlsberg}'),
       fawkes_bench.pick(u, 8, '{free,free,free,free,free,pro,pro,team,enterprise}'),
       CASE WHEN fawkes_bench.rand(u, 9) < 0.5 THEN 'https://avatars.example.com/u/' || u || '.png' END,
       created AT TIME ZONE 'UTC',
       (created + (fawkes_bench.anchor() - created) * fawkes_bench.rand(u, 13)) AT TIME ZONE 'UTC'
FROM (SELECT u, fawkes_bench.ts(u, 2) AS created
      FROM generate_series(1, fawkes_bench.scaled(50000)) u OFFSET 0) s;

INSERT INTO projects (id, user_id, name, description, type, visibility, featured, likes, forks, views, created_at, updated_at)
SELECT fawkes_bench.uuid(p, 10),
       fawkes_bench.uuid(owner, 1),
       fawkes_bench.pick(p, 20, '{neon,quiet,rapid,tiny,cosmic,pixel,lazy,brave,fuzzy,solar}') || '-'
         || fawkes_bench.pick(p, 21, '{todo,chat,portfolio,snake,tracker,store,blog,kanban,weather,synth}') || '-' || p,
       CASE WHEN fawkes_bench.rand(p, 22) < 0.6 THEN 'A ' || type || ' built with ' || fawkes_bench.pick(p, 23, '{React,Next.js,Svelte,Vue,Three.js,Tailwind}') END,
       type,
       visibility,
       visibility = 'public' AND fawkes_bench.rand(p, 24) < 0.02,
       likes,
       (likes * 0.2 * fawkes_bench.rand(p, 25))::int,
       (likes * 8 + 5000 * power(fawkes_bench.rand(p, 26), 4))::int,
       created AT TIME ZONE 'UTC',
       (created + (fawkes_bench.anchor() - created) * power(fawkes_bench.rand(p, 27), 0.3)) AT TIME ZONE 'UTC'
FROM (SELECT p, owner, visibility,
             fawkes_bench.pick(p, 28, '{web-app,web-app,landing-page,game,dashboard,api,component,mobile-app}') AS type,
             CASE WHEN visibility = 'public' THEN (5000 * power(fawkes_bench.rand(p, 29), 6))::int
                  ELSE fawkes_bench.uniform(p, 30, 3)::int - 1 END AS likes,
             uc + (fawkes_bench.anchor() - uc) * fawkes_bench.rand(p, 12) AS created
      FROM (SELECT p, owner, fawkes_bench.ts(owner, 2) AS uc,
                   fawkes_bench.pick(p, 31, '{private,private,private,private,private,private,private,public,public,public,unlisted}') AS visibility
            FROM (SELECT p, fawkes_bench.skewed(p, 11, fawkes_bench.scaled(50000)) AS owner
                  FROM generate_series(1, fawkes_bench.scaled(250000)) p OFFSET 0) o OFFSET 0) v OFFSET 0) s;

-- A child's parent project: index p, and its creation time pc (as the projects insert made it).
INSERT INTO project_files (id, project_id, path, content, language, size, created_at, updated_at)
SELECT fawkes_bench.uuid(f, 40),
       fawkes_bench.uuid(p, 10),
       fawkes_bench.pick(f, 41, '{src,src/components,src/lib,app,pages,public,styles}') || '/'
         || fawkes_bench.pick(f, 42, '{index,App,Header,utils,api,store,Button,game,styles,config}') || '-' || f || ext,
       content,
       language,
       length(content),
       created AT TIME ZONE 'UTC',
       (created + (fawkes_bench.anchor() - created) * fawkes_bench.rand(f, 43)) AT TIME ZONE 'UTC'
FROM (SELECT f, p, created, language, (ARRAY['.tsx', '.ts', '.js', '.css', '.html', '.json', '.md'])[lang] AS ext,
             CASE lang WHEN 4 THEN '.card { display: grid; gap: ' || fawkes_bench.uniform(f, 44, 32) || 'px; }'
                       WHEN 6 THEN '{ "name": "app-' || p || '", "version": "0.' || fawkes_bench.uniform(f, 45, 9) || '.0" }'
                       WHEN 7 THEN '# Project ' || p || E'\n\nGenerated with vibing2.'
                       ELSE 'export function f' || f || '(props) {' || E'\n  return ' || fawkes_bench.pick(f, 46, ARRAY['props.items.map(render)', '<div className="app" />', 'fetch(url).then(r => r.json())', 'state.count + 1']) || E';\n}' END AS content
      FROM (SELECT f, p, lang, (ARRAY['typescript', 'typescript', 'javascript', 'css', 'html', 'json', 'markdown'])[lang] AS language,
                   pc + (fawkes_bench.anchor() - pc) * fawkes_bench.rand(f, 47) AS created
            FROM (SELECT f, p, fawkes_bench.uniform(f, 48, 7)::int AS lang,
                         uc + (fawkes_bench.anchor() - uc) * fawkes_bench.rand(p, 12) AS pc
                  FROM (SELECT f, p, fawkes_bench.ts(fawkes_bench.skewed(p, 11, fawkes_bench.scaled(50000)), 2) AS uc
                        FROM (SELECT f, fawkes_bench.skewed(f, 49, fawkes_bench.scaled(250000), 1.5) AS p
                              FROM generate_series(1, fawkes_bench.scaled(1000000)) f OFFSET 0) a OFFSET 0) b OFFSET 0) c OFFSET 0) d OFFSET 0) e;

INSERT INTO messages (id, project_id, role, content, tokens, created_at)
SELECT fawkes_bench.uuid(m, 50),
       fawkes_bench.uuid(p, 10),
       role,
       CASE role
         WHEN 'user' THEN fawkes_bench.pick(m, 51, '{"Make the header sticky","Add a dark mode toggle","Why does the build fail?","Use Tailwind for the layout","Add a leaderboard with local storage","Fix the mobile layout"}')
                          || ' (' || m || ')'
         WHEN 'assistant' THEN 'I updated ' || fawkes_bench.pick(m, 52, '{src/App.tsx,src/components/Header.tsx,styles/main.css,src/lib/api.ts}')
                          || ': ' || fawkes_bench.pick(m, 53, '{"added the toggle and persisted the choice.","moved state into a hook and memoized the list.","replaced the fetch with a cached loader.","fixed the grid breakpoints for small screens."}')
         ELSE 'You are a senior front-end engineer. Project ' || p || '.'
       END,
       CASE WHEN role = 'assistant' THEN 50 + fawkes_bench.uniform(m, 54, 2000) ELSE 5 + fawkes_bench.uniform(m, 55, 200) END,
       (pc + (fawkes_bench.anchor() - pc) * fawkes_bench.rand(m, 56)) AT TIME ZONE 'UTC'
FROM (SELECT m, p, fawkes_bench.pick(m, 57, '{user,user,user,user,assistant,assistant,assistant,assistant,system}') AS role,
             uc + (fawkes_bench.anchor() - uc) * fawkes_bench.rand(p, 12) AS pc
      FROM (SELECT m, p, fawkes_bench.ts(fawkes_bench.skewed(p, 11, fawkes_bench.scaled(50000)), 2) AS uc
            FROM (SELECT m, fawkes_bench.skewed(m, 58, fawkes_bench.scaled(250000)) AS p
                  FROM generate_series(1, fawkes_bench.scaled(3000000)) m OFFSET 0) a OFFSET 0) b OFFSET 0) c;

-- Token usage is charged to the project's owner.
INSERT INTO token_usage (id, user_id, project_id, endpoint, model, prompt_tokens, completion_tokens, total_tokens, cost, timestamp)
SELECT fawkes_bench.uuid(t, 60),
       fawkes_bench.uuid(owner, 1),
       fawkes_bench.uuid(p, 10),
       fawkes_bench.pick(t, 61, '{/api/chat,/api/chat,/api/chat,/api/generate,/api/agents/run,/api/fix,/api/completions}'),
       model,
       prompt,
       completion,
       prompt + completion,
       round(((prompt * 3 + completion * 15) * CASE model WHEN 'claude-opus-4' THEN 5 WHEN 'claude-haiku-3.5' THEN 0.27 ELSE 1 END / 1e6)::numeric, 6),
       (pc + (fawkes_bench.anchor() - pc) * fawkes_bench.rand(t, 62)) AT TIME ZONE 'UTC'
FROM (SELECT t, p, owner, uc + (fawkes_bench.anchor() - uc) * fawkes_bench.rand(p, 12) AS pc,
             fawkes_bench.pick(t, 63, '{claude-sonnet-4,claude-sonnet-4,claude-sonnet-4,claude-opus-4,claude-haiku-3.5,gpt-4o}') AS model,
             (200 + 8000 * power(fawkes_bench.rand(t, 64), 2))::int AS prompt,
             (50 + 4000 * power(fawkes_bench.rand(t, 65), 2))::int AS completion
      FROM (SELECT t, p, owner, fawkes_bench.ts(owner, 2) AS uc
            FROM (SELECT t, p, fawkes_bench.skewed(p, 11, fawkes_bench.scaled(50000)) AS owner
                  FROM (SELECT t, fawkes_bench.skewed(t, 66, fawkes_bench.scaled(250000)) AS p
                        FROM generate_series(1, fawkes_bench.scaled(2000000)) t OFFSET 0) a OFFSET 0) b OFFSET 0) c OFFSET 0) d;

