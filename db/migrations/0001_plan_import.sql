CREATE TABLE `plan_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`plan_id` integer NOT NULL,
	`file_name` text,
	`encoding` text,
	`legacy_font` text,
	`text` text NOT NULL,
	`sha256` text NOT NULL,
	`extraction` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plan_sources_uuid_unique` ON `plan_sources` (`uuid`);--> statement-breakpoint
CREATE INDEX `plan_sources_plan_idx` ON `plan_sources` (`plan_id`);--> statement-breakpoint
ALTER TABLE `sections` ADD `role` text DEFAULT 'content' NOT NULL;--> statement-breakpoint
ALTER TABLE `tasks` ADD `source_start` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `source_end` integer;