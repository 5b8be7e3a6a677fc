package com.motovaultpro.platform.persistence;

import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.id.PersistentIdentifierGenerator;
import org.hibernate.id.enhanced.ImplicitDatabaseObjectNamingStrategy;
import org.hibernate.id.enhanced.StandardNamingStrategy;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.service.ServiceRegistry;

/**
 * Names the sequence an entity's ids come from as PostgreSQL names an identity column's own
 * sequence: {@code <table>_id_seq}. So {@link AuditedEntity}'s sequence-generated ids come from the
 * very sequence a plain SQL insert into that table uses, which Flyway set to step by 50
 * (V20__pooled_ids.sql) for Hibernate's pooled optimizer. Set as
 * {@code hibernate.id.db_structure_naming_strategy} in persistence.xml.
 */
public class TableIdSequences implements ImplicitDatabaseObjectNamingStrategy {

    private final StandardNamingStrategy standard = new StandardNamingStrategy();

    @Override
    public QualifiedName determineSequenceName(Identifier catalogName, Identifier schemaName, Map<?, ?> configValues,
                                               ServiceRegistry serviceRegistry) {
        String table = ConfigurationHelper.getString(PersistentIdentifierGenerator.TABLE, configValues);
        if (table == null || table.isBlank()) {
            return standard.determineSequenceName(catalogName, schemaName, configValues, serviceRegistry);
        }
        return new QualifiedSequenceName(catalogName, schemaName, Identifier.toIdentifier(table + "_id_seq"));
    }

    @Override
    public QualifiedName determineTableName(Identifier catalogName, Identifier schemaName, Map<?, ?> configValues,
                                            ServiceRegistry serviceRegistry) {
        return standard.determineTableName(catalogName, schemaName, configValues, serviceRegistry);
    }
}
