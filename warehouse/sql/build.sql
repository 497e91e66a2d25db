-- This build alone (one row), from the history; the parameter is its build_id.
with final as (
    select * from builds where build_id = ?
)

select build_id, built_at, mode, origin, sample, code_version, previous_build_id
from final
