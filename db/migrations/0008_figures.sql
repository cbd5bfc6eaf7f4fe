CREATE TABLE `figure_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`status` text NOT NULL,
	`status_note` text,
	`status_on` text,
	`submission_id` integer,
	`comments` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "figure_sources_status_valid" CHECK("figure_sources"."status" in ('missing', 'entered', 'accepted', 'returned'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figure_sources_uuid_unique` ON `figure_sources` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `figure_sources_uq` ON `figure_sources` (`request_id`,`agency_id`);--> statement-breakpoint
CREATE INDEX `figure_sources_agency_idx` ON `figure_sources` (`agency_id`);--> statement-breakpoint
CREATE INDEX `figure_sources_submission_idx` ON `figure_sources` (`submission_id`);--> statement-breakpoint
CREATE TABLE `figure_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`column_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`part` text DEFAULT '' NOT NULL,
	`value` real NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`column_id`) REFERENCES `request_columns`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "figure_values_not_negative" CHECK("figure_values"."value" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figure_values_uuid_unique` ON `figure_values` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `figure_values_cell_uq` ON `figure_values` (`agency_id`,`request_id`,`column_id`,`indicator_code`,`part`);--> statement-breakpoint
CREATE INDEX `figure_values_consolidation_idx` ON `figure_values` (`request_id`,`part`,`indicator_code`,`column_id`,`agency_id`,`value`);--> statement-breakpoint
CREATE INDEX `figure_values_totals_idx` ON `figure_values` (`request_id`,`indicator_code`,`agency_id`,`column_id`,`value`) WHERE "figure_values"."part" = '';--> statement-breakpoint
CREATE INDEX `figure_values_column_idx` ON `figure_values` (`column_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`code` text NOT NULL,
	`from_year` integer NOT NULL,
	`retired` integer DEFAULT false NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`kind` text NOT NULL,
	`area` text NOT NULL,
	`aggregation` text DEFAULT 'sum' NOT NULL,
	`designated_agency_id` integer,
	`breakdowns` text DEFAULT '[]' NOT NULL,
	`numerator` text,
	`denominator` text,
	`target` real,
	`range_min` real,
	`range_max` real,
	`position` integer NOT NULL,
	`origin` text DEFAULT 'office' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`designated_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "indicators_kind_valid" CHECK("indicators"."kind" in ('count', 'amount')),
	CONSTRAINT "indicators_aggregation_valid" CHECK("indicators"."aggregation" in ('sum', 'source')),
	CONSTRAINT "indicators_name_not_blank" CHECK(length(trim("indicators"."name")) > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_uuid_unique` ON `indicators` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_version_uq` ON `indicators` (`code`,`from_year`);--> statement-breakpoint
CREATE INDEX `indicators_designated_idx` ON `indicators` (`designated_agency_id`);--> statement-breakpoint
CREATE TABLE `request_columns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`role` text DEFAULT 'slice' NOT NULL,
	`period_from` text,
	`period_to` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "request_columns_role_valid" CHECK("request_columns"."role" in ('slice', 'previous'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_columns_uuid_unique` ON `request_columns` (`uuid`);--> statement-breakpoint
CREATE INDEX `request_columns_request_idx` ON `request_columns` (`request_id`,`position`);--> statement-breakpoint
CREATE TABLE `request_indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`request_id` integer NOT NULL,
	`indicator_code` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `report_requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_indicators_uuid_unique` ON `request_indicators` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `request_indicators_uq` ON `request_indicators` (`request_id`,`indicator_code`);