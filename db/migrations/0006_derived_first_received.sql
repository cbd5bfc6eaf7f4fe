CREATE INDEX `report_request_agencies_missing_idx` ON `report_request_agencies` (`request_id`) WHERE "report_request_agencies"."first_received_on" is null and "report_request_agencies"."exempt" = 0;--> statement-breakpoint
-- Hand-written below drizzle-kit's index: report_request_agencies.first_received_on is derived from submissions
-- (the first version's received day) and kept by these triggers for every writer, app, CLI or package import.
-- tests/integration/schemaGuard.test.ts fails if a later table rebuild drops them.
UPDATE `report_request_agencies` SET `first_received_on` = (
	SELECT s.`received_on` FROM `submissions` s
	WHERE s.`request_id` = `report_request_agencies`.`request_id` AND s.`agency_id` = `report_request_agencies`.`agency_id`
	ORDER BY s.`version` LIMIT 1
);--> statement-breakpoint
CREATE TRIGGER `submissions_first_received_ai` AFTER INSERT ON `submissions` BEGIN
	UPDATE `report_request_agencies` SET `first_received_on` = (
		SELECT s.`received_on` FROM `submissions` s
		WHERE s.`request_id` = NEW.`request_id` AND s.`agency_id` = NEW.`agency_id` ORDER BY s.`version` LIMIT 1
	) WHERE `request_id` = NEW.`request_id` AND `agency_id` = NEW.`agency_id`;
END;--> statement-breakpoint
CREATE TRIGGER `submissions_first_received_au` AFTER UPDATE OF `request_id`, `agency_id`, `received_on`, `version` ON `submissions` BEGIN
	UPDATE `report_request_agencies` SET `first_received_on` = (
		SELECT s.`received_on` FROM `submissions` s
		WHERE s.`request_id` = `report_request_agencies`.`request_id` AND s.`agency_id` = `report_request_agencies`.`agency_id`
		ORDER BY s.`version` LIMIT 1
	) WHERE (`request_id` = OLD.`request_id` AND `agency_id` = OLD.`agency_id`)
		OR (`request_id` = NEW.`request_id` AND `agency_id` = NEW.`agency_id`);
END;--> statement-breakpoint
CREATE TRIGGER `submissions_first_received_ad` AFTER DELETE ON `submissions` BEGIN
	UPDATE `report_request_agencies` SET `first_received_on` = (
		SELECT s.`received_on` FROM `submissions` s
		WHERE s.`request_id` = OLD.`request_id` AND s.`agency_id` = OLD.`agency_id` ORDER BY s.`version` LIMIT 1
	) WHERE `request_id` = OLD.`request_id` AND `agency_id` = OLD.`agency_id`;
END;--> statement-breakpoint
CREATE TRIGGER `report_request_agencies_first_received_ai` AFTER INSERT ON `report_request_agencies` BEGIN
	UPDATE `report_request_agencies` SET `first_received_on` = (
		SELECT s.`received_on` FROM `submissions` s
		WHERE s.`request_id` = NEW.`request_id` AND s.`agency_id` = NEW.`agency_id` ORDER BY s.`version` LIMIT 1
	) WHERE `id` = NEW.`id`;
END;--> statement-breakpoint
CREATE TRIGGER `report_request_agencies_first_received_au` AFTER UPDATE OF `request_id`, `agency_id` ON `report_request_agencies` BEGIN
	UPDATE `report_request_agencies` SET `first_received_on` = (
		SELECT s.`received_on` FROM `submissions` s
		WHERE s.`request_id` = NEW.`request_id` AND s.`agency_id` = NEW.`agency_id` ORDER BY s.`version` LIMIT 1
	) WHERE `id` = NEW.`id`;
END;
