-- Coverage of each source, as the build's coverage table states it.
-- reads: coverage
select * from coverage
