-- The seed's own index set: the three "Key Optimizations" of
-- phoenix-advanced-optimizations.sql as the seed prints them, without CONCURRENTLY because the
-- bench creates them in one script. The seed also claims GIN, hash and partial indexes,
-- partitioning of the analytics events and materialized views, but prints no SQL for them, so
-- nothing here serves full-text search or the analytics aggregation.

CREATE INDEX idx_users_phoenix_auth_ultra_fast
  ON users USING btree(clerk_id)
  INCLUDE (id, email, first_name, last_name, image_url, settings, onboarding_completed)
  WHERE deleted_at IS NULL;

CREATE INDEX idx_blocks_phoenix_dashboard_ultra
  ON blocks(workspace_id, status, type, priority NULLS LAST, due_date NULLS LAST)
  INCLUDE (id, title, description, progress, updated_at, assigned_to, tags)
  WHERE is_deleted = false AND is_archived = false;

CREATE INDEX idx_events_phoenix_calendar_ultra_fast
  ON events(calendar_id, start_time, end_time)
  INCLUDE (id, title, type, status, color, is_all_day, description, attendees)
  WHERE deleted_at IS NULL;
