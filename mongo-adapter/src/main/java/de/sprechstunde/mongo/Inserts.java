package de.sprechstunde.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** Inserting a document unless one with its {@code _id} exists: the duplicate-key error is the answer "already there". */
final class Inserts {

    private Inserts() {
    }

    /** @return whether the document was inserted (false: its {@code _id} was taken) */
    static boolean ifAbsent(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
