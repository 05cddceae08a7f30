#pragma once

namespace folio {

class Database;

// BEGIN IMMEDIATE on construction (a savepoint inside another transaction); rolls back unless
// commit() was called, so an exception anywhere in a multi-row write leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace folio
