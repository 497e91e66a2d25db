-- The new build's row, appended to the history; parameters: build_id, built_at, mode, code_version.
-- Origin and sample come from the coverage table of the same build; the previous build is the history's latest.
with origins as (
    select string_agg(distinct origin, ', ' order by origin) as origin,
           bool_or(selection = 'sample') as sample
    from coverage
    where origin is not null
),

previous as (
    select max_by(build_id, built_at) as previous_build_id from builds
),

final as (
    select ?::varchar as build_id, ?::timestamptz as built_at, ?::varchar as mode, o.origin,
           coalesce(o.sample, false) as sample, ?::varchar as code_version, p.previous_build_id
    from origins o, previous p
)

select build_id, built_at, mode, origin, sample, code_version, previous_build_id
from final
