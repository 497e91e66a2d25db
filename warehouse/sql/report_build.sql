-- The last build, as the build table records it.
-- reads: build
select * from build
