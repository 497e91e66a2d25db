-- What is new, gone or changed in one kind of entity since the previous build: one row per key that differs.
-- A template, filled in per entity by warehouse/changes.py: $entity (its name), $table, $key (the expression
-- of its key), $columns (the compared columns, as `<expression> as <name>`), $compared (a list of
-- struct_pack(col := '<name>', before := p.<name>::varchar, after := n.<name>::varchar)).
-- `previous` is the previous published file, attached; the parameter is the new build's id.
with previous_rows as (
    select $key as key, $columns from previous.$table
),

current_rows as (
    select $key as key, $columns from main.$table
),

compared as (
    select coalesce(n.key, p.key) as key,
           case when p.key is null then 'new' when n.key is null then 'gone' else 'changed' end as change,
           list_filter($compared, lambda d: d.before is distinct from d.after) as differences
    from previous_rows p full outer join current_rows n on p.key = n.key
),

final as (
    select ?::varchar as build_id, '$entity' as entity, key, change,
           case when change = 'changed' then list_transform(differences, lambda d: d.col) else [] end
               as changed_columns,
           case when change = 'changed' then to_json(map_from_entries(
               list_transform(differences, lambda d: struct_pack(k := d.col, v := d.before)))) end as before,
           case when change = 'changed' then to_json(map_from_entries(
               list_transform(differences, lambda d: struct_pack(k := d.col, v := d.after)))) end as after
    from compared
    where change <> 'changed' or len(differences) > 0
)

select build_id, entity, key, change, changed_columns, before, after
from final
order by key
