INSERT INTO accounts
SELECT g, 'user' || g || '@example.com', fawkes_bench.pick(g, 1, ARRAY['free', 'pro', 'team']), fawkes_bench.ts(g, 2)
FROM generate_series(1, fawkes_bench.scaled(200000)) g;
