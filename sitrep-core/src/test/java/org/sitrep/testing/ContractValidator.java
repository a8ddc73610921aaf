package org.sitrep.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Validates analysis JSON lines against Sitrep's own schema and, when present, the shared contract. */
public final class ContractValidator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private final List<JsonSchema> schemas;

  private ContractValidator(List<JsonSchema> schemas) {
    this.schemas = schemas;
  }

  /** Sitrep's schema, plus the shared contract when {@code ../shared} is there. */
  public static ContractValidator create() {
    JsonSchema own;
    try (InputStream in = ContractValidator.class.getResourceAsStream("/org/sitrep/analysis/analysis-v1.schema.json")) {
      own = FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Optional<Path> contract = Shared.path("contract/analysis-v1.schema.json");
    if (contract.isEmpty()) {
      return new ContractValidator(List.of(own));
    }
    try (InputStream in = Files.newInputStream(contract.get())) {
      return new ContractValidator(List.of(own, FACTORY.getSchema(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every violation of every schema, empty when the line is valid. */
  public List<String> violations(String jsonLine) {
    JsonNode node;
    try {
      node = MAPPER.readTree(jsonLine);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    return schemas.stream()
        .flatMap(schema -> {
          Set<ValidationMessage> messages = schema.validate(node);
          return messages.stream().map(m -> schema.getSchemaLocation() + ": " + m.getMessage());
        })
        .toList();
  }

  public int schemaCount() {
    return schemas.size();
  }
}
