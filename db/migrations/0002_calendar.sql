CREATE TABLE `calendar_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`start_on` text NOT NULL,
	`end_on` text,
	`yearly` integer DEFAULT false NOT NULL,
	`time` text,
	`place` text,
	`what` text,
	`sender` text,
	`receiver` text,
	`data_from` text,
	`data_to` text,
	`plan_id` integer,
	`source` text DEFAULT 'manual' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "calendar_entries_kind_valid" CHECK("calendar_entries"."kind" in ('deadline', 'period', 'event', 'meeting')),
	CONSTRAINT "calendar_entries_title_not_blank" CHECK(length(trim("calendar_entries"."title")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entries_uuid_unique` ON `calendar_entries` (`uuid`);--> statement-breakpoint
CREATE INDEX `calendar_entries_start_idx` ON `calendar_entries` (`start_on`);--> statement-breakpoint
CREATE TABLE `calendar_entry_agencies` (
	`entry_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `calendar_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entry_agencies_uq` ON `calendar_entry_agencies` (`entry_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `calendar_entry_tasks` (
	`entry_id` integer NOT NULL,
	`task_id` integer NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `calendar_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entry_tasks_uq` ON `calendar_entry_tasks` (`entry_id`,`task_id`);--> statement-breakpoint
CREATE TABLE `holiday_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`date` text NOT NULL,
	`change` text NOT NULL,
	`name` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "holiday_edits_change_valid" CHECK("holiday_edits"."change" in ('day_off', 'not_day_off', 'make_up_workday'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `holiday_edits_uuid_unique` ON `holiday_edits` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `holiday_edits_date_unique` ON `holiday_edits` (`date`);--> statement-breakpoint
CREATE TABLE `report_cycle_agencies` (
	`cycle_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `report_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_cycle_agencies_uq` ON `report_cycle_agencies` (`cycle_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `report_cycles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`title` text NOT NULL,
	`recurrence` text NOT NULL,
	`window_start_day` integer DEFAULT 15 NOT NULL,
	`window_end_day` integer DEFAULT 14 NOT NULL,
	`due_day` integer DEFAULT 20 NOT NULL,
	`due_month_offset` integer DEFAULT 0 NOT NULL,
	`from_year` integer NOT NULL,
	`to_year` integer,
	`receiver` text,
	`plan_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_cycles_uuid_unique` ON `report_cycles` (`uuid`);