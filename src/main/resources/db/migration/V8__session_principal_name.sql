-- Spring Session's own schema gives principal_name 100 characters, but an account's address may have 320 (as in
-- app_user.email and every actor column): signing in with a longer address failed when the session was saved.
alter table spring_session alter column principal_name set data type varchar(320);
