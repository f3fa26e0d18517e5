-- The seed's own index set (Phase 1 "critical performance indexes" and Phase 2 "advanced
-- indexing"), as written, without CONCURRENTLY because the bench creates them in one script.
-- Column names are the seed's camelCase, which PostgreSQL folds to this schema's lower case.
-- Not here: idx_performance_metrics_analysis, on the performance_metrics table that the seed's
-- plan itself creates (it is not part of the application's schema or workload).

-- Phase 1
CREATE INDEX idx_player_stats_performance
  ON player_stats(playerId, week, season)
  INCLUDE (fantasyPoints, stats);

CREATE INDEX idx_player_stats_season_performance
  ON player_stats(season, week)
  INCLUDE (playerId, fantasyPoints);

CREATE INDEX idx_matchups_live_scoring
  ON matchups(leagueId, week, season, isComplete)
  INCLUDE (homeTeamId, awayTeamId, homeScore, awayScore);

CREATE INDEX idx_draft_picks_performance
  ON draft_picks(draftId, pickNumber)
  INCLUDE (teamId, playerId, pickMadeAt);

CREATE INDEX idx_draft_order_performance
  ON draft_order(draftId, pickOrder)
  INCLUDE (teamId);

CREATE INDEX idx_roster_team_performance
  ON roster(teamId, isStarter)
  INCLUDE (playerId, position);

CREATE INDEX idx_chat_messages_realtime
  ON chat_messages(leagueId, createdAt DESC)
  INCLUDE (userId, content, type);

CREATE INDEX idx_transactions_processing
  ON transactions(leagueId, status, createdAt DESC)
  INCLUDE (teamId, type, playerIds);

CREATE INDEX idx_players_search
  ON players(position, nflTeam, status)
  INCLUDE (name, rank, adp);

CREATE INDEX idx_teams_standings
  ON teams(leagueId, standing)
  INCLUDE (name, wins, losses, pointsFor);

-- Phase 2
CREATE INDEX idx_leagues_settings_gin
  ON leagues USING GIN (settings);

CREATE INDEX idx_player_stats_gin
  ON player_stats USING GIN (stats);

CREATE INDEX idx_players_fulltext
  ON players USING GIN (to_tsvector('english', name || ' ' || COALESCE(nflTeam, '')));

CREATE INDEX idx_audit_logs_time_series
  ON audit_logs(createdAt DESC, action)
  INCLUDE (userId, details);

CREATE INDEX idx_feedback_admin_dashboard
  ON feedback(status, priority, createdAt DESC)
  INCLUDE (type, title, userId);
