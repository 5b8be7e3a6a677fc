-- An invitation sent to an e-mail address remembers the address: until the invited person
-- accepts, the vehicle's people see the address they typed, never the account's user name or
-- display name (which would tell them who owns the address).
ALTER TABLE vehicle_share ADD COLUMN invited_address VARCHAR(254);
