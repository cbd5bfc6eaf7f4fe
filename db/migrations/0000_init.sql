CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`aliases` text DEFAULT '[]' NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`merged_into_id` integer,
	`merged_on` text,
	`seed_key` text,
	`search_text` text NOT NULL,
	`name_key` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`merged_into_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "agencies_name_not_blank" CHECK(length(trim("agencies"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_uuid_unique` ON `agencies` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_seed_key_unique` ON `agencies` (`seed_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_name_key_unique` ON `agencies` (`name_key`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`task_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "assignments_role_valid" CHECK("assignments"."role" in ('lead', 'coordinating'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_uuid_unique` ON `assignments` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_task_agency_uq` ON `assignments` (`task_id`,`agency_id`);--> statement-breakpoint
CREATE INDEX `assignments_agency_idx` ON `assignments` (`agency_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`number_symbol` text,
	`title` text NOT NULL,
	`issuer` text NOT NULL,
	`issued_on` text,
	`signer` text,
	`level` text NOT NULL,
	`period_from` integer NOT NULL,
	`period_to` integer NOT NULL,
	`implements_plan_id` integer,
	`implements_ref` text,
	`status` text NOT NULL,
	`identity_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`implements_plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "plans_period_order" CHECK("plans"."period_from" <= "plans"."period_to")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plans_uuid_unique` ON `plans` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `plans_identity_key_unique` ON `plans` (`identity_key`);--> statement-breakpoint
CREATE TABLE `sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`plan_id` integer NOT NULL,
	`parent_id` integer,
	`label` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sections_uuid_unique` ON `sections` (`uuid`);--> statement-breakpoint
CREATE INDEX `sections_plan_idx` ON `sections` (`plan_id`,`parent_id`,`position`);--> statement-breakpoint
CREATE TABLE `seed_log` (
	`seed_key` text PRIMARY KEY NOT NULL,
	`applied_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`plan_id` integer NOT NULL,
	`section_id` integer,
	`label` text,
	`text` text NOT NULL,
	`all_members` integer DEFAULT false NOT NULL,
	`timing_kind` text DEFAULT 'unspecified' NOT NULL,
	`due_on` text,
	`period_from` text,
	`period_to` text,
	`recurrence` text,
	`progress` text DEFAULT 'not_started' NOT NULL,
	`note` text,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "tasks_text_not_blank" CHECK(length(trim("tasks"."text")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_uuid_unique` ON `tasks` (`uuid`);--> statement-breakpoint
CREATE INDEX `tasks_plan_idx` ON `tasks` (`plan_id`,`section_id`,`position`);