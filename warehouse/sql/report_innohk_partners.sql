-- Partner institutions of InnoHK labs by where they are: Mainland (research_units.mainland_institutions),
-- Hong Kong (an organization of this warehouse, by one of its names), else outside Hong Kong and the Mainland.
-- reads: research_units, organization_aliases
with labs as (
    select org_id, concat_ws(' ', name, name_zh) as lab, cluster, partners, partner_org_ids, mainland_institutions
    from research_units where cluster is not null
),

named as (
    -- Partners as the source names them, and Mainland leading bodies that are not among them.
    select org_id, unnest(partners) as institution from labs
    union
    select org_id, unnest(mainland_institutions) from labs
),

hong_kong_names as (
    select l.org_id, lower(a.alias) as alias
    from (select org_id, unnest(partner_org_ids) as partner_org_id from labs) l
    join organization_aliases a on a.org_id = l.partner_org_id
),

final as (
    select l.lab, l.cluster, n.institution,
           case when list_contains(l.mainland_institutions, n.institution) then 'Mainland'
                when exists (select 1 from hong_kong_names h
                             where h.org_id = n.org_id and h.alias = lower(n.institution)) then 'Hong Kong'
                else 'outside Hong Kong and the Mainland' end as origin
    from named n join labs l using (org_id)
    order by l.cluster, l.lab, origin, n.institution
)

select * from final
