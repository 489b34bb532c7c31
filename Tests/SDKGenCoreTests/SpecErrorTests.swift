import Foundation
import SDKGenCore
import Testing

/// Broken specs: every one gives `file:line:column: error:` messages (with the JSON pointer where
/// the spec model has one, and a fix where one is known), no output, and errors of one stage together.
@Suite struct SpecErrorTests {
    static let cases: [(name: String, yaml: String, errors: [String])] = [
        ("anchor_undefined", "openapi: 3.0.0\ninfo: *meta\n", [
            "spec.yaml:2:7: error: alias '*meta' refers to an anchor that is not defined before it",
        ]),
        ("badptr", "openapi: 3.0.0\ninfo: {title: t, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: \"#components/schemas/B\"}\n", [
            "spec.yaml:6:15: error: '$ref' target '#components/schemas/B' is not a valid JSON pointer; a local reference starts with '#/', as in '#/components/schemas/Name' (at '#/components/schemas/A/$ref')",
        ]),
        ("dup_in_flow", "openapi: 3.0.0\ninfo: {title: t, title: u, version: '1'}\npaths: {}\n", [
            "spec.yaml:2:18: error: duplicate key 'title'; it was first defined at spec.yaml:2:8; remove one of them",
        ]),
        ("dupkey_paths", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a: {}\n  /a: {}\n", [
            "spec.yaml:5:3: error: duplicate key '/a'; it was first defined at spec.yaml:4:3; remove one of them",
        ]),
        ("indent", "openapi: 3.0.0\ninfo:\n  title: t\n version: 1\n", [
            "spec.yaml:4:2: error: YAML syntax error: did not find expected key while parsing a block mapping that starts at 1:1",
        ]),
        ("info_list", "openapi: 3.0.0\ninfo: [a]\npaths: {}\n", [
            "spec.yaml:2:7: error: 'info' must be a mapping, not a sequence (at '#/info')",
        ]),
        ("list_root", "- a\n- b\n", [
            "spec.yaml:1:1: error: an OpenAPI document must be a mapping at the top level, not a sequence (at '#')",
        ]),
        ("merge_bad", "openapi: 3.0.0\ninfo:\n  <<: 5\n  title: t\n", [
            "spec.yaml:3:7: error: a '<<' merge key takes a mapping or a sequence of mappings, not a number",
        ]),
        ("nullable_text", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string, nullable: maybe}\n", [
            "spec.yaml:6:33: error: 'nullable' must be true or false, not a string (at '#/components/schemas/A/nullable')",
        ]),
        ("op_list", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: [1]\n", [
            "spec.yaml:5:10: error: 'get' must be a mapping, not a sequence (at '#/paths/~1a/get')",
        ]),
        ("openapi_map", "openapi: {v: 3}\ninfo: {title: t, version: '1'}\npaths: {}\n", [
            "spec.yaml:1:10: error: 'openapi' must be a string, not a mapping (at '#/openapi')",
        ]),
        ("param_bad_in", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: x, in: body}\n      responses: {'200': {description: ok}}\n", [
            "spec.yaml:7:25: error: parameter 'x' has 'in: body'; use path, query, header or cookie (at '#/paths/~1a/get/parameters/0/in')",
        ]),
        ("param_no_name", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {in: query}\n      responses: {'200': {description: ok}}\n", [
            "spec.yaml:7:11: error: a parameter is missing the required field 'name' (at '#/paths/~1a/get/parameters/0')",
        ]),
        ("params_map", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: {a: 1}\n      responses: {'200': {description: ok}}\n", [
            "spec.yaml:6:19: error: 'parameters' must be a sequence, not a mapping (at '#/paths/~1a/get/parameters')",
        ]),
        ("ref_bad_pointer", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'components/schemas/B'}\n    B: {type: string}\n", [
            "spec.yaml:6:8: error: '$ref' to a missing file: cannot read 'components/schemas/B'; did you mean the local reference '#/components/schemas/B'? (at '#/components/schemas/A')",
        ]),
        ("ref_cycle_param", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/A'}]\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    A: {$ref: '#/components/parameters/B'}\n    B: {$ref: '#/components/parameters/A'}\n", [
            "spec.yaml:11:15: error: '$ref' cycle: '#/components/parameters/A' refers back to itself (at '#/components/parameters/B/$ref')",
        ]),
        ("ref_deep_missing", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {b: {$ref: '#/components/schemas/A/properties/c'}}}\n", [
            "spec.yaml:6:39: error: '$ref' target '#/components/schemas/A/properties/c' does not exist: 'spec.yaml' has no node at '#/components/schemas/A/properties/c' (at '#/components/schemas/A/properties/b')",
        ]),
        // Paths are decoded in two halves next to the components; messages stay in document order.
        ("order_of_parts", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers: [{description: x}]\npaths:\n  /a:\n    get: [1]\n  /b: {}\n  /c:\n    get: [2]\ntags: {a: b}\ncomponents:\n  schemas:\n    A: hello\n", [
            "spec.yaml:6:10: error: 'get' must be a mapping, not a sequence (at '#/paths/~1a/get')",
            "spec.yaml:9:10: error: 'get' must be a mapping, not a sequence (at '#/paths/~1c/get')",
            "spec.yaml:10:7: error: 'tags' must be a sequence, not a mapping (at '#/tags')",
            "spec.yaml:3:11: error: a server is missing the required field 'url' (at '#/servers/0')",
            "spec.yaml:13:8: error: a schema must be a mapping, not a string (at '#/components/schemas/A')",
        ]),
        ("ref_missing_file", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {$ref: 'nowhere.yaml'}\n", [
            "spec.yaml:5:10: error: '$ref' to a missing file: cannot read 'nowhere.yaml' (at '#/paths/~1a/get')",
        ]),
        ("ref_missing_param", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/Limt'\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    Limit: {name: limit, in: query, schema: {type: integer}}\n", [
            "spec.yaml:7:17: error: '$ref' target '#/components/parameters/Limt' does not exist; did you mean '#/components/parameters/Limit'? (at '#/paths/~1a/get/parameters/0/$ref')",
        ]),
        ("ref_outside", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {$ref: '../../etc/passwd'}\n", [
            "spec.yaml:5:10: error: '$ref' to '../../etc/passwd' leaves the spec's folder ('.'); move the file inside it or pass --allow-external-files (at '#/paths/~1a/get')",
        ]),
        ("request_body_no_content", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    post:\n      requestBody: {required: true}\n      responses: {'200': {description: ok}}\n", [
            "spec.yaml:6:20: error: a request body is missing the required field 'content' (at '#/paths/~1a/post/requestBody')",
        ]),
        ("required_not_list", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object, required: yes}\n", [
            "spec.yaml:6:33: error: 'required' must be a sequence, not a string (at '#/components/schemas/A/required')",
        ]),
        ("scalar_root", "just text\n", [
            "spec.yaml:1:1: error: an OpenAPI document must be a mapping at the top level, not a string (at '#')",
        ]),
        ("schema_string", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: hello\n", [
            "spec.yaml:6:8: error: a schema must be a mapping, not a string (at '#/components/schemas/A')",
        ]),
        ("security_no_type", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  securitySchemes:\n    k: {in: header, name: X}\n", [
            "spec.yaml:6:8: error: a security scheme is missing the required field 'type' (at '#/components/securitySchemes/k')",
        ]),
        ("server_no_url", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers: [{description: x}]\npaths: {}\n", [
            "spec.yaml:3:11: error: a server is missing the required field 'url' (at '#/servers/0')",
        ]),
        ("status_bad", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'999': {description: x}}\n", [
            "spec.yaml:6:19: error: '999' is not a response status; use a code such as 200, a range such as 4XX, or 'default' (at '#/paths/~1a/get/responses/999')",
        ]),
        ("tab", "openapi: 3.0.0\ninfo:\n\ttitle: t\n", [
            "spec.yaml:3:1: error: YAML syntax error: found character that cannot start any token while scanning for the next token; tabs cannot indent YAML, use spaces",
        ]),
        ("tags_map", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ntags: {a: b}\n", [
            "spec.yaml:4:7: error: 'tags' must be a sequence, not a mapping (at '#/tags')",
        ]),
        ("unclosed_quote", "openapi: 3.0.0\ninfo: {title: \"t, version: '1'}\npaths: {}\n", [
            "spec.yaml:4:1: error: YAML syntax error: found unexpected end of stream while scanning a quoted scalar that starts at 2:15",
        ]),
        ("version_4", "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n", [
            "spec.yaml:1:10: error: unsupported OpenAPI version '4.0.0'; sdkgen reads 3.0.x and 3.1.x (at '#/openapi')",
        ]),
        ("empty", "", [
            "spec.yaml:1:1: error: the file is empty; expected an OpenAPI document",
        ]),
        ("whitespace_only", "  \n\n", [
            "spec.yaml:1:1: error: the file is empty; expected an OpenAPI document",
        ]),
        ("swagger_1", "swagger: '1.2'\ninfo: {title: t, version: '1'}\n", [
            "spec.yaml:1:10: error: unsupported Swagger version '1.2'; sdkgen reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x (at '#/swagger')",
        ]),
        ("missing_openapi", "info: {title: t, version: '1'}\npaths: {}\n", [
            "spec.yaml:1:1: error: missing the 'openapi' field; is this an OpenAPI document? Add 'openapi: 3.0.3' at the top level (at '#')",
        ]),
        ("server_variable_no_default", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://{region}.example.com', variables: {region: {enum: [eu]}}}]\npaths: {}\n", [
            "spec.yaml:3:69: error: a server variable is missing the required field 'default' (at '#/servers/0/variables/region')",
        ]),
        ("ref_null", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: null}\n", [
            "spec.yaml:6:15: error: '$ref' must be a string such as '#/components/schemas/Name', not null (at '#/components/schemas/A/$ref')",
        ]),
        ("ref_wrong_kind", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/requestBodies/B'}\ncomponents:\n  requestBodies:\n    B: {required: true, content: {application/json: {schema: {type: string}}}}\n", [
            "spec.yaml:7:23: error: '$ref' target '#/components/requestBodies/B' is a request body, not a response: a response has no field 'required' (at '#/paths/~1a/get/responses/200/$ref')",
        ]),
        ("ref_other_section_missing", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: '#/components/headers/Nope'}\n", [
            "spec.yaml:7:23: error: '$ref' target '#/components/headers/Nope' does not exist (at '#/paths/~1a/get/responses/200/$ref')",
        ]),
        ("alias_cycle", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {allOf: [{$ref: '#/components/schemas/A'}]}\n    C: {$ref: '#/components/schemas/C'}\n", [
            "spec.yaml:6:15: error: schemas that only refer to each other never define a type: A -> B -> A; give one of them properties or a type (at '#/components/schemas/A/$ref')",
            "spec.yaml:8:15: error: schema 'C' only refers to itself, so it never defines a type; give it properties or a type (at '#/components/schemas/C/$ref')",
        ]),
        ("path_param_undeclared", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      responses:\n        '200': {description: x}\n", [
            "spec.yaml:6:7: error: path '/a/{id}' uses '{id}' but the operation declares no path parameter 'id'; add it to 'parameters' (at '#/paths/~1a~1{id}/get')",
        ]),
        ("unknown_type", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: strng}\n", [
            "spec.yaml:6:15: error: unknown schema type 'strng'; did you mean 'string'? (at '#/components/schemas/A/type')",
        ]),
        ("bad_pointer", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#components/schemas/B'}\n", [
            "spec.yaml:6:15: error: '$ref' target '#components/schemas/B' is not a valid JSON pointer; a local reference starts with '#/', as in '#/components/schemas/Name' (at '#/components/schemas/A/$ref')",
        ]),
        ("several_errors", "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {name: x, in: nowhere}\n      responses:\n        '20': {description: x}\ncomponents:\n  schemas:\n    A: {type: intger}\n", [
            "spec.yaml:9:9: error: '20' is not a response status; use a code such as 200, a range such as 4XX, or 'default' (at '#/paths/~1a/get/responses/20')",
            "spec.yaml:7:25: error: parameter 'x' has 'in: nowhere'; use path, query, header or cookie (at '#/paths/~1a/get/parameters/0/in')",
            "spec.yaml:12:15: error: unknown schema type 'intger'; did you mean 'integer'? (at '#/components/schemas/A/type')",
        ]),
    ]

    @Test(arguments: cases.map(\.name))
    func brokenSpec(name: String) throws {
        let entry = try #require(Self.cases.first { $0.name == name })
        let (files, diagnostics) = try run(entry.yaml)
        #expect(files == nil)
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == entry.errors)
    }

    @Test func tableIsLargeAndCoversEveryStage() {
        #expect(Self.cases.count >= 30)
        let messages = Self.cases.flatMap(\.errors).joined(separator: "\n")
        for stage in ["YAML syntax error", "duplicate key", "must be a mapping", "is missing the required field", "does not exist", "missing file", "leaves the spec's folder", "not a valid JSON pointer", "unsupported OpenAPI version", "did you mean"] {
            #expect(messages.contains(stage), "no case for: \(stage)")
        }
    }

    @Test func binaryAndNonUTF8FilesAreRejected() {
        for (bytes, expected) in [
            ([UInt8](0...255), "spec.yaml:1:1: error: the file contains NUL bytes and is not a YAML or JSON text file"),
            ([0x61, 0x3A, 0x0A, 0x62, 0x3A, 0x20, 0xC3, 0x28, 0x0A], "spec.yaml:2:5: error: the file is not valid UTF-8 text: invalid trailing UTF-8 octet at byte offset 7; save it as UTF-8"),
            ([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], "spec.yaml:1:4: error: the file is not valid UTF-8 text: invalid leading UTF-8 octet (bytes 0xFF 0xFE) at byte offset 3; save it as UTF-8"),
            ([0x61, 0x3A, 0x20, 0x22, 0x07, 0x22, 0x0A], "spec.yaml:1:5: error: the character U+0007 (a control character) is not allowed unescaped in YAML; inside a double-quoted string, write it as \\u0007; elsewhere remove it"),
            (Array("{\"a\": \"x\u{01}\"}".utf8), "spec.yaml:1:9: error: the character U+0001 (a control character) is not allowed unescaped in JSON; inside a string, write it as \\u0001; elsewhere remove it"),
        ] {
            let sink = DiagnosticSink()
            let model = buildModel(spec: bytes, specName: "spec.yaml", diagnostics: sink)
            #expect(model == nil)
            #expect(sink.diagnostics.map(\.description) == [expected])
        }
    }
}
