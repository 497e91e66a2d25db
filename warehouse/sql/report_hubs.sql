-- AI start-ups and companies of HKSTP and Cyberport by AI sub-field (a company in two sub-fields counts in both).
-- reads: hub_ai_companies
with final as (
    select hub, ai_subfield, companies
    from hub_ai_companies
    where hub in ('HKSTP', 'Cyberport')
    order by hub, companies desc, ai_subfield
)

select * from final
