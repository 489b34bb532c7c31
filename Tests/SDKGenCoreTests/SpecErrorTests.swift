import SDKGenCore
import Testing

/// Broken specs give `file:line:column: error:` messages with the JSON pointer, and no output.
@Suite struct SpecErrorTests {
    @Test(arguments: [
        ("openapi: 2.5.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
         "spec.yaml:1:10: error: unsupported OpenAPI version '2.5.0'; sdkgen reads 3.0.x and 3.1.x (at '#/openapi')"),
        ("info: {title: t, version: '1'}\npaths: {}\n",
         "spec.yaml:1:1: error: missing the 'openapi' field; is this an OpenAPI document? Add 'openapi: 3.0.3' at the top level (at '#')"),
        ("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: []\n",
         "spec.yaml:3:8: error: 'paths' must be a mapping, not a sequence (at '#/paths')"),
        ("openapi: 3.0.0\ninfo: {title: t}\npaths: {}\n",
         "spec.yaml:2:7: error: 'info' is missing the required field 'version' (at '#/info')"),
        ("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '20': {description: x}\n",
         "spec.yaml:7:9: error: '20' is not a response status; use a code such as 200, a range such as 4XX, or 'default' (at '#/paths/~1a/get/responses/20')"),
        ("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      responses:\n        '200': {description: x}\n",
         "spec.yaml:6:7: error: path '/a/{id}' uses '{id}' but the operation declares no path parameter 'id'; add it to 'parameters' (at '#/paths/~1a~1{id}/get')"),
        ("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: strng}\n",
         "spec.yaml:6:15: error: unknown schema type 'strng'; did you mean 'string'? (at '#/components/schemas/A/type')"),
        ("swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n",
         "spec.yaml:1:10: error: unsupported Swagger version '1.2'; sdkgen reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x (at '#/swagger')"),
    ])
    func brokenSpecs(yaml: String, expected: String) throws {
        let (files, diagnostics) = try run(yaml)
        #expect(files == nil)
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [expected])
    }
}
