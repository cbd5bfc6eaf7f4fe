CREATE TABLE `reminder_states` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`step` text NOT NULL,
	`notified` integer DEFAULT false NOT NULL,
	`dismissed` integer DEFAULT false NOT NULL,
	`snoozed_until` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_states_uuid_unique` ON `reminder_states` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `reminder_states_step_uq` ON `reminder_states` (`request_id`,`step`);--> statement-breakpoint
CREATE TABLE `report_request_agencies` (
	`request_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`exempt` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_request_agencies_uq` ON `report_request_agencies` (`request_id`,`agency_id`);--> statement-breakpoint
CREATE TABLE `report_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`cycle_id` integer,
	`requested_on` text NOT NULL,
	`due_on` text NOT NULL,
	`data_from` text,
	`data_to` text,
	`receiver` text,
	`outline` text DEFAULT '[]' NOT NULL,
	`plan_id` integer,
	`calendar_entry_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `report_cycles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`calendar_entry_id`) REFERENCES `calendar_entries`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "report_requests_kind_valid" CHECK("report_requests"."kind" in ('cycle', 'ad_hoc')),
	CONSTRAINT "report_requests_title_not_blank" CHECK(length(trim("report_requests"."title")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_requests_uuid_unique` ON `report_requests` (`uuid`);--> statement-breakpoint
CREATE INDEX `report_requests_due_idx` ON `report_requests` (`due_on`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `submission_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`submission_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submission_files_uuid_unique` ON `submission_files` (`uuid`);--> statement-breakpoint
CREATE INDEX `submission_files_sha_idx` ON `submission_files` (`sha256`);--> statement-breakpoint
CREATE TABLE `submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`received_on` text NOT NULL,
	`document_number` text,
	`document_date` text,
	`note` text,
	`version` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_uuid_unique` ON `submissions` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `submissions_version_uq` ON `submissions` (`request_id`,`agency_id`,`version`);