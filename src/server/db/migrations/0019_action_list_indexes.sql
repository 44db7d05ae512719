-- The actions list orders by due date. With a status filter ("berjalan", "direncanakan" from a date) it
-- read every action in due order through follow_up_actions_due_idx and dropped the other statuses (20,000
-- rows for one page of a region's running actions on the national data set); it now reads that status
-- alone, in due order, and stops after its page.
CREATE INDEX "follow_up_actions_status_due_idx" ON "follow_up_actions" USING btree ("status","due_date","id") WHERE "follow_up_actions"."deleted_at" is null;--> statement-breakpoint
-- The open actions in due order: an overdue list reads the open actions only (about a third) and stops
-- after its page.
CREATE INDEX "follow_up_actions_open_due_idx" ON "follow_up_actions" USING btree ("due_date","id") WHERE "follow_up_actions"."deleted_at" is null and "follow_up_actions"."status" not in ('selesai', 'batal');
