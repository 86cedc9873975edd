-- Issue 27: the nightly expiry runs on one replica, not on each. ShedLock keeps one row per
-- job: its name, until when it is held, since when and by which host. Nothing about a person.
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
