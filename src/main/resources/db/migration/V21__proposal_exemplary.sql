-- A proposal for the city's forms (Bằng khen, Cờ thi đua của UBND thành phố) declares the candidate
-- "tiêu biểu, xuất sắc" (section III.2 of the plan); the eligibility tables read it.
alter table commendation_proposal add column exemplary boolean;
