-- Hand-edited after drizzle-kit generate: existing join rows and settings get a random UUID v4 and the
-- migration's time as their timestamps (drizzle's rebuild selected columns the old tables do not have).
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_calendar_entry_agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`entry_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `calendar_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_calendar_entry_agencies`("id", "uuid", "entry_id", "agency_id", "created_at", "updated_at") SELECT rowid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "entry_id", "agency_id", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `calendar_entry_agencies`;--> statement-breakpoint
DROP TABLE `calendar_entry_agencies`;--> statement-breakpoint
ALTER TABLE `__new_calendar_entry_agencies` RENAME TO `calendar_entry_agencies`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entry_agencies_uuid_unique` ON `calendar_entry_agencies` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entry_agencies_uq` ON `calendar_entry_agencies` (`entry_id`,`agency_id`);--> statement-breakpoint
CREATE INDEX `calendar_entry_agencies_agency_idx` ON `calendar_entry_agencies` (`agency_id`);--> statement-breakpoint
CREATE TABLE `__new_calendar_entry_tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`entry_id` integer NOT NULL,
	`task_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `calendar_entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_calendar_entry_tasks`("id", "uuid", "entry_id", "task_id", "created_at", "updated_at") SELECT rowid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "entry_id", "task_id", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `calendar_entry_tasks`;--> statement-breakpoint
DROP TABLE `calendar_entry_tasks`;--> statement-breakpoint
ALTER TABLE `__new_calendar_entry_tasks` RENAME TO `calendar_entry_tasks`;--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entry_tasks_uuid_unique` ON `calendar_entry_tasks` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_entry_tasks_uq` ON `calendar_entry_tasks` (`entry_id`,`task_id`);--> statement-breakpoint
CREATE INDEX `calendar_entry_tasks_task_idx` ON `calendar_entry_tasks` (`task_id`);--> statement-breakpoint
CREATE TABLE `__new_report_cycle_agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`cycle_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `report_cycles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_report_cycle_agencies`("id", "uuid", "cycle_id", "agency_id", "created_at", "updated_at") SELECT rowid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "cycle_id", "agency_id", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `report_cycle_agencies`;--> statement-breakpoint
DROP TABLE `report_cycle_agencies`;--> statement-breakpoint
ALTER TABLE `__new_report_cycle_agencies` RENAME TO `report_cycle_agencies`;--> statement-breakpoint
CREATE UNIQUE INDEX `report_cycle_agencies_uuid_unique` ON `report_cycle_agencies` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `report_cycle_agencies_uq` ON `report_cycle_agencies` (`cycle_id`,`agency_id`);--> statement-breakpoint
CREATE INDEX `report_cycle_agencies_agency_idx` ON `report_cycle_agencies` (`agency_id`);--> statement-breakpoint
CREATE TABLE `__new_report_request_agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`exempt` integer DEFAULT false NOT NULL,
	`first_received_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
INSERT INTO `__new_report_request_agencies`("id", "uuid", "request_id", "agency_id", "exempt", "first_received_on", "created_at", "updated_at") SELECT rowid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "request_id", "agency_id", "exempt", NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `report_request_agencies`;--> statement-breakpoint
DROP TABLE `report_request_agencies`;--> statement-breakpoint
ALTER TABLE `__new_report_request_agencies` RENAME TO `report_request_agencies`;--> statement-breakpoint
CREATE UNIQUE INDEX `report_request_agencies_uuid_unique` ON `report_request_agencies` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `report_request_agencies_uq` ON `report_request_agencies` (`request_id`,`agency_id`);--> statement-breakpoint
CREATE INDEX `report_request_agencies_agency_idx` ON `report_request_agencies` (`agency_id`);--> statement-breakpoint
CREATE TABLE `__new_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`uuid` text NOT NULL,
	`value` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_settings`("key", "uuid", "value", "created_at", "updated_at") SELECT "key", lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), "value", "updated_at", "updated_at" FROM `settings`;--> statement-breakpoint
DROP TABLE `settings`;--> statement-breakpoint
ALTER TABLE `__new_settings` RENAME TO `settings`;--> statement-breakpoint
CREATE UNIQUE INDEX `settings_uuid_unique` ON `settings` (`uuid`);--> statement-breakpoint
CREATE INDEX `agencies_parent_idx` ON `agencies` (`parent_id`);--> statement-breakpoint
CREATE INDEX `agencies_merged_into_idx` ON `agencies` (`merged_into_id`);--> statement-breakpoint
CREATE INDEX `calendar_entries_plan_idx` ON `calendar_entries` (`plan_id`);--> statement-breakpoint
CREATE INDEX `plans_implements_idx` ON `plans` (`implements_plan_id`);--> statement-breakpoint
CREATE INDEX `report_cycles_plan_idx` ON `report_cycles` (`plan_id`);--> statement-breakpoint
CREATE INDEX `report_requests_cycle_idx` ON `report_requests` (`cycle_id`);--> statement-breakpoint
CREATE INDEX `report_requests_plan_idx` ON `report_requests` (`plan_id`);--> statement-breakpoint
CREATE INDEX `report_requests_entry_idx` ON `report_requests` (`calendar_entry_id`);--> statement-breakpoint
CREATE INDEX `sections_parent_idx` ON `sections` (`parent_id`);--> statement-breakpoint
CREATE INDEX `submission_files_submission_idx` ON `submission_files` (`submission_id`);--> statement-breakpoint
CREATE INDEX `submissions_agency_idx` ON `submissions` (`agency_id`);--> statement-breakpoint
CREATE INDEX `tasks_section_idx` ON `tasks` (`section_id`);