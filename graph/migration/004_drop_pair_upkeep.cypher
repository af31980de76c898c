// Co-signing pairs are no longer kept by loads (graph/projection.go): the
// constraints and indexes that served their upkeep go. Store.Migrate
// removes the pairs themselves before this file runs.
DROP CONSTRAINT co_signed_key IF EXISTS;
DROP CONSTRAINT co_signed_in_key IF EXISTS;
DROP CONSTRAINT co_signing_update_id IF EXISTS;
DROP CONSTRAINT co_signing_chunk_name IF EXISTS;
DROP INDEX letter_co_signing IF EXISTS;
DROP INDEX co_signed_count IF EXISTS;
