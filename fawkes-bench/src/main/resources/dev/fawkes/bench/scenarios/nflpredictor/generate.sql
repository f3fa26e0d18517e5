-- NFL Predictor API (seed 002) data: set-based and deterministic (every value is a fawkes_bench
-- hash of the row number and a salt). Sizes at scale 1: users 200k, user_sessions 600k,
-- subscriptions 300k, affiliates 4k, referrals 150k, predictions 1M, user_prediction_access 2M,
-- audit_logs 3M. Skew: fawkes_bench.skewed makes user 1 the hottest everywhere (sessions,
-- predictions, access, audit), affiliate 1 the biggest referrer.
-- Row i of a parent table has the key fawkes_bench.uuid(i, <salt>): users 1, affiliates 30,
-- predictions 50; children recompute it from an index instead of joining.
-- "OFFSET 0" keeps each inner select from being flattened, so its draws are computed once a row.


INSERT INTO subscription_tiers (id, name, display_name, price_monthly, price_yearly, features, max_predictions_per_day, is_active, created_at)
VALUES
  (1, 'free', 'Free', 0, 0,
   '{"predictions": {"daily": 3, "types": ["game_winner"]}, "api_access": false, "support": "community"}', 3, true, timestamptz '2024-01-15 00:00+00'),
  (2, 'pro', 'Pro', 19.99, 199.00,
   '{"predictions": {"daily": 50, "types": ["game_winner", "spread", "over_under"]}, "api_access": false, "support": "email", "live_updates": true}', 50, true, timestamptz '2024-01-15 00:00+00'),
  (3, 'premium', 'Premium', 49.99, 499.00,
   '{"predictions": {"daily": 500, "types": ["game_winner", "spread", "over_under", "player_prop", "fantasy"]}, "api_access": true, "support": "priority", "live_updates": true, "export": ["csv", "json"]}', 500, true, timestamptz '2024-01-15 00:00+00'),
  (4, 'enterprise', 'Enterprise', 199.99, 1999.00,
   '{"predictions": {"daily": null, "types": "all"}, "api_access": true, "support": "dedicated", "sla": {"uptime": 99.9}, "seats": 25}', NULL, true, timestamptz '2024-03-01 00:00+00'),
  (5, 'legacy_monthly', 'Legacy', 9.99, NULL,
   '{"predictions": {"daily": 10}, "deprecated": true}', 10, false, timestamptz '2023-08-01 00:00+00');

INSERT INTO users (id, email, password_hash, first_name, last_name, email_verified, is_active, is_admin, created_at, updated_at, last_login_at)
SELECT fawkes_bench.uuid(u, 1),
       'user' || u || '@' || fawkes_bench.pick(u, 2, '{gmail.com,yahoo.com,outlook.com,icloud.com,proton.me,nflfans.net}'),
       '$2b$12$' || translate(fawkes_bench.uuid(u, 3)::text, '-', '') || translate(fawkes_bench.uuid(u, 4)::text, '-', ''),
       fawkes_bench.pick(u, 5, '{James,Mary,Michael,Patricia,Robert,Jennifer,David,Linda,Chris,Ashley,Marcus,Jalen,Travis,Aaron}'),
       fawkes_bench.pick(u, 6, '{Smith,Johnson,Williams,Brown,Jones,Garcia,Miller,Davis,Kelce,Mahomes,Allen,Hurts,Lamb}'),
       fawkes_bench.rand(u, 7) < 0.82,
       fawkes_bench.rand(u, 8) < 0.95,
       u <= 3,
       created_at,
       created_at + (fawkes_bench.anchor() - created_at) * fawkes_bench.rand(u, 9),
       CASE WHEN fawkes_bench.rand(u, 10) < 0.9
            THEN created_at + (fawkes_bench.anchor() - created_at) * power(fawkes_bench.rand(u, 11), 0.2) END
FROM (SELECT u, fawkes_bench.ts(u, 12) AS created_at
      FROM generate_series(1, fawkes_bench.scaled(200000)) u OFFSET 0) s;

INSERT INTO user_sessions (id, user_id, token_hash, ip_address, user_agent, created_at, expires_at, is_active)
SELECT fawkes_bench.uuid(g, 100),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 101, n_users), 1),
       translate(fawkes_bench.uuid(g, 102)::text, '-', ''),
       '10.' || fawkes_bench.uniform(g, 103, 255) || '.' || fawkes_bench.uniform(g, 104, 255) || '.' || fawkes_bench.uniform(g, 105, 254),
       fawkes_bench.pick(g, 106, '{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0","Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) Safari/605.1","NFLPredictor-Android/3.2.1","python-requests/2.31"}'),
       created_at,
       created_at + interval '7 days',
       created_at + interval '7 days' > fawkes_bench.anchor() AND fawkes_bench.rand(g, 107) < 0.9
FROM (SELECT g, fawkes_bench.ts(g, 108) AS created_at, fawkes_bench.scaled(200000) AS n_users
      FROM generate_series(1, fawkes_bench.scaled(600000)) g OFFSET 0) s;

INSERT INTO subscriptions (id, user_id, tier_id, status, billing_cycle, amount, stripe_subscription_id, starts_at, expires_at, cancelled_at, created_at)
SELECT fawkes_bench.uuid(g, 200),
       fawkes_bench.uuid(fawkes_bench.uniform(g, 201, n_users), 1),
       tier,
       status,
       cycle,
       CASE cycle WHEN 'yearly' THEN (ARRAY[0, 199.00, 499.00, 1999.00, 99.00])[tier]
                  ELSE (ARRAY[0, 19.99, 49.99, 199.99, 9.99])[tier] END,
       CASE WHEN tier < 5 THEN 'sub_' || substr(translate(fawkes_bench.uuid(g, 202)::text, '-', ''), 1, 24) END,
       starts_at,
       -- the seed's missing CHECK (expires_at > starts_at): about 1 row in 500 ends before it starts
       CASE WHEN fawkes_bench.rand(g, 203) < 0.002 THEN starts_at - interval '1 day'
            WHEN status = 'trial' THEN starts_at + interval '14 days'
            WHEN cycle = 'yearly' THEN starts_at + interval '1 year'
            ELSE starts_at + interval '1 month' END,
       CASE WHEN status = 'cancelled' THEN starts_at + interval '20 days' * fawkes_bench.rand(g, 204) END,
       starts_at - interval '1 hour' * fawkes_bench.rand(g, 205)
FROM (SELECT g, n_users,
             -- tiers 2..5 (paid and legacy); free users have no subscription row
             1 + fawkes_bench.skewed(g, 206, 4, 1.5) AS tier,
             CASE WHEN r < 0.38 THEN 'active' WHEN r < 0.50 THEN 'trial' WHEN r < 0.75 THEN 'expired'
                  WHEN r < 0.93 THEN 'cancelled' ELSE 'past_due' END AS status,
             CASE WHEN fawkes_bench.rand(g, 207) < 0.2 THEN 'yearly' ELSE 'monthly' END AS cycle,
             fawkes_bench.ts(g, 208, CASE WHEN r < 0.50 THEN interval '28 days' ELSE interval '2 years' END) AS starts_at
      FROM (SELECT g, fawkes_bench.rand(g, 209) AS r, fawkes_bench.scaled(200000) AS n_users
            FROM generate_series(1, fawkes_bench.scaled(300000)) g) d OFFSET 0) s;

INSERT INTO affiliates (id, user_id, affiliate_code, commission_rate, status, total_earnings, payout_details, created_at)
SELECT fawkes_bench.uuid(a, 30),
       fawkes_bench.uuid(fawkes_bench.uniform(a, 300, fawkes_bench.scaled(200000)), 1),
       'AFF' || lpad(a::text, 6, '0'),
       -- the seed's missing CHECK (0 <= commission_rate <= 1): a few rates typed as percentages
       CASE WHEN fawkes_bench.rand(a, 301) < 0.005 THEN 3.0000
            ELSE fawkes_bench.pick(a, 302, '{0.30,0.30,0.30,0.25,0.20,0.35,0.40}')::numeric END,
       fawkes_bench.pick(a, 303, '{active,active,active,active,pending,suspended}'),
       round((fawkes_bench.rand(a, 304) * 5000)::numeric, 2),
       CASE fawkes_bench.uniform(a, 305, 3)
            WHEN 1 THEN jsonb_build_object('method', 'paypal', 'email', 'aff' || a || '@paypal.example')
            WHEN 2 THEN jsonb_build_object('method', 'stripe', 'account', 'acct_' || substr(md5(a::text), 1, 16))
            ELSE jsonb_build_object('method', 'bank', 'bank', jsonb_build_object('country', 'US', 'last4', lpad(fawkes_bench.uniform(a, 306, 9999)::text, 4, '0')))
       END,
       fawkes_bench.ts(a, 307)
FROM generate_series(1, fawkes_bench.scaled(4000)) a;

INSERT INTO referrals (id, affiliate_id, referred_user_id, referral_code, status, conversion_date, conversion_amount, created_at)
SELECT g,
       fawkes_bench.uuid(aff, 30),
       fawkes_bench.uuid(fawkes_bench.uniform(g, 401, n_users), 1),
       'AFF' || lpad(aff::text, 6, '0'),
       status,
       CASE WHEN status = 'converted' THEN least(fawkes_bench.anchor(), created_at + interval '30 days' * fawkes_bench.rand(g, 402)) END,
       CASE WHEN status = 'converted' THEN fawkes_bench.pick(g, 403, '{19.99,19.99,49.99,199.00,499.00,199.99}')::numeric END,
       created_at
FROM (SELECT g, fawkes_bench.skewed(g, 404, fawkes_bench.scaled(4000)) AS aff, fawkes_bench.scaled(200000) AS n_users,
             fawkes_bench.pick(g, 405, '{converted,converted,converted,pending,pending,pending,expired,expired,cancelled,converted}') AS status,
             fawkes_bench.ts(g, 406) AS created_at
      FROM generate_series(1, fawkes_bench.scaled(150000)) g OFFSET 0) s;

INSERT INTO predictions (id, user_id, game_id, season, week, prediction_type, home_team, away_team, prediction_data, confidence, is_correct, created_at)
SELECT fawkes_bench.uuid(g, 50),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 501, n_users), 1),
       season || '_' || lpad(week::text, 2, '0') || '_' || away || '_' || home,
       season, week, ptype, home, away,
       CASE ptype
         WHEN 'game_winner' THEN jsonb_build_object('team', team, 'opponent', CASE WHEN team = home THEN away ELSE home END,
              'win_probability', round(p::numeric, 3),
              'model', jsonb_build_object('name', 'gbm-ensemble', 'version', 'v3.' || fawkes_bench.uniform(g, 502, 4)),
              'factors', jsonb_build_object('home_field', team = home, 'rest_days', 4 + fawkes_bench.uniform(g, 503, 10),
                                            'injuries', fawkes_bench.uniform(g, 504, 5) - 1))
         WHEN 'spread' THEN jsonb_build_object('team', team, 'spread', (fawkes_bench.uniform(g, 505, 29) - 15) / 2.0,
              'cover_probability', round(p::numeric, 3), 'line_source', fawkes_bench.pick(g, 506, '{draftkings,fanduel,caesars,consensus}'))
         WHEN 'over_under' THEN jsonb_build_object('teams', jsonb_build_array(home, away), 'total', 36.5 + fawkes_bench.uniform(g, 507, 20),
              'pick', fawkes_bench.pick(g, 508, '{over,under}'),
              'projected_points', jsonb_build_object('home', 10 + fawkes_bench.uniform(g, 509, 25), 'away', 10 + fawkes_bench.uniform(g, 510, 25)))
         WHEN 'player_prop' THEN jsonb_build_object('team', team,
              'player', jsonb_build_object('id', fawkes_bench.uniform(g, 511, 1700), 'position', fawkes_bench.pick(g, 512, '{QB,RB,WR,WR,TE}')),
              'stat', fawkes_bench.pick(g, 513, '{passing_yards,rushing_yards,receiving_yards,receptions,touchdowns}'),
              'line', 0.5 + fawkes_bench.uniform(g, 514, 300), 'pick', fawkes_bench.pick(g, 515, '{over,under}'))
         ELSE jsonb_build_object('team', team, 'position', fawkes_bench.pick(g, 516, '{QB,RB,WR,TE,K,DST}'),
              'projected_points', round((2 + 28 * p)::numeric, 1), 'tier', fawkes_bench.uniform(g, 517, 5))
       END,
       CASE WHEN fawkes_bench.rand(g, 518) < 0.1 THEN NULL ELSE round((0.5 + 0.5 * p)::numeric, 4) END,
       CASE WHEN created_at < fawkes_bench.anchor() - interval '7 days' THEN fawkes_bench.rand(g, 519) < p END,
       created_at
FROM (SELECT g, n_users, home, away, created_at, week, ptype, p,
             CASE WHEN fawkes_bench.rand(g, 520) < 0.55 THEN home ELSE away END AS team,
             extract(year FROM created_at - interval '3 months')::int AS season
      FROM (SELECT g, fawkes_bench.scaled(200000) AS n_users, fawkes_bench.ts(g, 521) AS created_at,
                   fawkes_bench.uniform(g, 522, 22)::int AS week, fawkes_bench.rand(g, 523) AS p,
                   fawkes_bench.pick(g, 524, '{game_winner,game_winner,spread,over_under,player_prop,fantasy}') AS ptype,
                   teams[h] AS home, teams[1 + (h + fawkes_bench.uniform(g, 525, 31)::int - 1) % 32] AS away
            FROM generate_series(1, fawkes_bench.scaled(1000000)) g,
                 LATERAL (SELECT fawkes_bench.uniform(g, 526, 32)::int AS h) hh,
                 (SELECT '{ARI,ATL,BAL,BUF,CAR,CHI,CIN,CLE,DAL,DEN,DET,GB,HOU,IND,JAX,KC,LAC,LAR,LV,MIA,MIN,NE,NO,NYG,NYJ,PHI,PIT,SEA,SF,TB,TEN,WAS}'::text[] AS teams) t
            OFFSET 0) d
      OFFSET 0) s;

INSERT INTO user_prediction_access (id, user_id, prediction_id, access_type, accessed_at)
SELECT g,
       fawkes_bench.uuid(fawkes_bench.skewed(g, 601, n_users), 1),
       fawkes_bench.uuid(fawkes_bench.skewed(g, 602, n_predictions, 2.0), 50),
       fawkes_bench.pick(g, 603, '{view,view,view,view,api,api,export,share}'),
       fawkes_bench.ts(g, 604)
FROM (SELECT g, fawkes_bench.scaled(200000) AS n_users, fawkes_bench.scaled(1000000) AS n_predictions
      FROM generate_series(1, fawkes_bench.scaled(2000000)) g) s;

INSERT INTO audit_logs (id, user_id, action, resource_type, resource_id, details, ip_address, user_agent, created_at)
SELECT g,
       CASE WHEN fawkes_bench.rand(g, 701) < 0.04 THEN NULL ELSE fawkes_bench.uuid(fawkes_bench.skewed(g, 702, n_users), 1) END,
       action,
       CASE WHEN action LIKE 'subscription%' THEN 'subscription' WHEN action = 'view_prediction' THEN 'prediction'
            WHEN action LIKE 'api%' THEN 'api_key' ELSE 'user' END,
       CASE WHEN action = 'view_prediction' THEN fawkes_bench.uuid(fawkes_bench.skewed(g, 703, n_predictions, 2.0), 50)::text
            WHEN action LIKE 'subscription%' THEN fawkes_bench.uuid(fawkes_bench.uniform(g, 704, n_subscriptions), 200)::text END,
       CASE WHEN action IN ('login', 'login_failed') THEN jsonb_build_object('method', fawkes_bench.pick(g, 705, '{password,password,google,apple}'),
                 'success', action = 'login', 'mfa', fawkes_bench.rand(g, 706) < 0.15)
            WHEN action = 'view_prediction' THEN jsonb_build_object('source', fawkes_bench.pick(g, 707, '{web,ios,android,api}'),
                 'week', fawkes_bench.uniform(g, 708, 22))
            WHEN action LIKE 'subscription%' THEN jsonb_build_object('tier', fawkes_bench.pick(g, 709, '{pro,premium,enterprise}'),
                 'previous', jsonb_build_object('tier', 'free', 'status', 'trial'))
            WHEN action = 'update_profile' THEN jsonb_build_object('changes', jsonb_build_object('fields', jsonb_build_array('first_name', 'timezone')))
            ELSE jsonb_build_object('path', fawkes_bench.pick(g, 710, '{/api/v1/predictions,/api/v1/games,/api/v1/account,/api/v1/export}'))
       END,
       '172.' || fawkes_bench.uniform(g, 711, 31) || '.' || fawkes_bench.uniform(g, 712, 255) || '.' || fawkes_bench.uniform(g, 713, 254),
       fawkes_bench.pick(g, 714, '{"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0","NFLPredictor-Android/3.2.1","python-requests/2.31"}'),
       fawkes_bench.ts(g, 715)
FROM (SELECT g, fawkes_bench.scaled(200000) AS n_users, fawkes_bench.scaled(1000000) AS n_predictions,
             fawkes_bench.scaled(300000) AS n_subscriptions,
             fawkes_bench.pick(g, 716, '{login,login,login,login,view_prediction,view_prediction,view_prediction,view_prediction,view_prediction,logout,logout,login_failed,update_profile,subscription_created,subscription_cancelled,password_reset,api_request,api_request,api_key_created,export_data}') AS action
      FROM generate_series(1, fawkes_bench.scaled(3000000)) g OFFSET 0) s;

