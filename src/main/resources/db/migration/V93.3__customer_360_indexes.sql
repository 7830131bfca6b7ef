-- The customer 360 lists a customer's tickets newest first (issue 12): with this index
-- PostgreSQL reads the first ten entries of one customer instead of sorting all of their
-- tickets. It serves lookups by customer alone too, so the older single-column index goes.
-- (Orders by customer, shipments and returns by order are indexed since V90.1 and V92.1.)
create index tickets_by_customer_newest on tickets (customer_id, created_at desc, id desc);
drop index tickets_customer_idx;
