-- A proposal the council voted down was recorded as NOT_ELIGIBLE ("Không đủ điều kiện"), the state of
-- a proposal that fails the criteria. It has its own state now, COUNCIL_REFUSED ("Hội đồng Thi đua -
-- Khen thưởng không thông qua"): proposals already voted down move to it, in the register and in their
-- history. Only proposals that reached the vote carry a tally (votes_for); the history row is the one
-- the tally wrote (its note starts with the council's wording).
update commendation_proposal set state = 'COUNCIL_REFUSED'
  where state = 'NOT_ELIGIBLE' and votes_for is not null;
update commendation_state_change set state = 'COUNCIL_REFUSED'
  where state = 'NOT_ELIGIBLE' and note like 'Hội đồng không thông qua:%';
