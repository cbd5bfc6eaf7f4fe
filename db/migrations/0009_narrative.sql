CREATE TABLE `narrative_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`position` integer NOT NULL,
	`heading` text,
	`outline_index` integer,
	`placed_by` text NOT NULL,
	`score` real DEFAULT 0 NOT NULL,
	`paragraphs` text NOT NULL,
	`origin` text NOT NULL,
	`file_name` text,
	`file_sha256` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "narrative_sections_placed_by_valid" CHECK("narrative_sections"."placed_by" in ('match', 'officer')),
	CONSTRAINT "narrative_sections_origin_valid" CHECK("narrative_sections"."origin" in ('docx', 'text', 'pasted')),
	CONSTRAINT "narrative_sections_outline_index_valid" CHECK("narrative_sections"."outline_index" is null or "narrative_sections"."outline_index" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `narrative_sections_uuid_unique` ON `narrative_sections` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `narrative_sections_position_uq` ON `narrative_sections` (`request_id`,`agency_id`,`position`);--> statement-breakpoint
CREATE INDEX `narrative_sections_agency_idx` ON `narrative_sections` (`agency_id`);--> statement-breakpoint
CREATE TABLE `province_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`header` text NOT NULL,
	`figures_headings` text NOT NULL,
	`excluded_indicators` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `province_reports_uuid_unique` ON `province_reports` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `province_reports_request_id_unique` ON `province_reports` (`request_id`);--> statement-breakpoint
CREATE TABLE `report_texts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`outline_index` integer NOT NULL,
	`heading` text NOT NULL,
	`body` text NOT NULL,
	`taken` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_texts_uuid_unique` ON `report_texts` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `report_texts_heading_uq` ON `report_texts` (`request_id`,`outline_index`);