-- The time zone a user reads the pages' times in (issue 15), as an IANA zone id such as
-- Europe/Berlin; the application checks it against the JDK's zone list. Empty (NULL) follows the
-- site's setting, stockroom.time-zone. The API's times stay in UTC whatever is chosen here.
ALTER TABLE user_profiles ADD COLUMN time_zone VARCHAR(60);
