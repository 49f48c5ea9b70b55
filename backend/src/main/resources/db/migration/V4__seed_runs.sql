-- Which data sets (demo for make run, bench for make bench) this database has been given.
create table seed_run (
    name text primary key,
    at   timestamptz not null default now()
);
