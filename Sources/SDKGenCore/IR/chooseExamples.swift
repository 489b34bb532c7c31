/// A value the docs' examples pass for an argument, which a user can paste and compile: built from
/// the spec's `example`s (and `default`s) where it has them, else the least a value of the type
/// needs (an object's required properties, an enum's first case, an empty array).
public indirect enum IRExample: Sendable, Hashable {
    /// A string, number or boolean literal.
    case literal(IRDefaultValue.Literal)
    /// A case of an enum: `.open`.
    case enumCase(String)
    /// `Date()`.
    case now
    /// `Data()`.
    case bytes
    case emptyArray
    case emptyMap
    /// Free-form JSON: `.object([:])`.
    case json
    /// A model's memberwise initializer with its required properties: `Pet(name: "name")`.
    case object(type: String, arguments: [IRExampleArgument])
    /// A union's case with its payload: `.cat(Cat(...))`.
    case unionCase(String, IRExample)
    /// A type no initializer can spell (a cycle of required properties): decoded from `{}`.
    case decoded(type: String)
}

/// One argument of a model's initializer in an example.
public struct IRExampleArgument: Sendable, Hashable {
    public var label: String
    public var value: IRExample
}

extension Lowering {
    /// Chooses the example of every operation's required arguments (`IROperation.examples`).
    func chooseExamples(_ tags: [IRTag]) -> [IRTag] {
        let builder = ExampleBuilder(models: Dictionary(models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
        return tags.map { tag in
            var tag = tag
            tag.operations = tag.operations.map { operation in
                var operation = operation
                operation.examples = operation.signature.filter { !$0.optional }.map { argument in
                    switch argument.source {
                    case .parameter(let index):
                        let parameter = operation.parameters[index]
                        return builder.example(of: parameter.type, written: parameter.example, placeholder: parameter.name)
                    case .body:
                        return builder.example(of: argument.type, written: nil, placeholder: "body")
                    }
                }
                return operation
            }
            return tag
        }
    }
}

/// Builds examples from the models: what their properties' `example`s say, else the least each type
/// needs. Optional properties and those with a default are left out (the initializer has them).
struct ExampleBuilder {
    let models: [String: IRModel]

    /// - Parameters:
    ///   - written: The value the spec gives (an `example`, or a union's discriminator value).
    ///   - placeholder: The text of a string nothing gives: the parameter's or property's name.
    ///   - visiting: The models being built around this value, to stop at a cycle.
    func example(of type: TypeRef, written: IRDefaultValue?, placeholder: String, visiting: Set<String> = []) -> IRExample {
        switch type {
        case .builtin(let builtin):
            if let written, written.enumType == nil { return .literal(written.literal) }
            switch builtin {
            case .string: return .literal(.string(placeholder))
            case .int, .int32, .int64, .float, .double, .decimal: return .literal(.number("1"))
            case .bool: return .literal(.bool(true))
            case .date: return .now
            case .data: return .bytes
            case .json: return .json
            }
        case .custom:
            // A type of the user's (`typeOverrides`): the spec's literal, which it is expected to accept.
            return .literal(written?.literal ?? .string(placeholder))
        case .array:
            return .emptyArray
        case .map:
            return .emptyMap
        case .optional(let wrapped):
            return example(of: wrapped, written: written, placeholder: placeholder, visiting: visiting)
        case .named(let name):
            guard let model = models[name] else { return .decoded(type: name) }
            return example(of: model, written: written, placeholder: placeholder, visiting: visiting)
        }
    }

    func example(of model: IRModel, written: IRDefaultValue?, placeholder: String, visiting: Set<String>) -> IRExample {
        let name = SwiftName.bare(model.name)
        switch model.kind {
        case .alias(let target):
            return example(of: target, written: written ?? model.example, placeholder: placeholder, visiting: visiting.union([model.name]))
        case .stringEnum(let cases), .integerEnum(let cases):
            let chosen = written.flatMap { value in cases.first { $0.value == value.literal.text } } ?? cases.first
            return chosen.map { .enumCase(SwiftName.bare($0.swiftName)) } ?? .decoded(type: name)
        case .object(let properties):
            return object(name: model.name, properties: properties, pinned: [:], visiting: visiting)
        case .union(let cases, let discriminator):
            for unionCase in cases {
                let pinned = discriminator.flatMap { property in unionCase.discriminatorValues.first.map { [property: $0] } } ?? [:]
                let payload: IRExample
                if case .named(let caseModel) = unionCase.type, let model = models[caseModel], case .object(let properties) = model.kind {
                    payload = object(name: caseModel, properties: properties, pinned: pinned, visiting: visiting)
                } else {
                    payload = example(of: unionCase.type, written: nil, placeholder: placeholder, visiting: visiting)
                }
                if case .decoded = payload { continue }
                return .unionCase(SwiftName.bare(unionCase.swiftName), payload)
            }
            return .decoded(type: name)
        case .responses, .headers:
            return .decoded(type: name)
        }
    }

    /// `Type(required: ...)`; `pinned` gives a property's value by wire name (a discriminator).
    func object(name: String, properties: [IRProperty], pinned: [String: String], visiting: Set<String>) -> IRExample {
        guard !visiting.contains(name) else { return .decoded(type: SwiftName.bare(name)) }
        let inside = visiting.union([name])
        let arguments = properties.filter { !$0.optional && $0.defaultValue == nil && !$0.holdsOtherKeys }.map { property in
            let written = pinned[property.name].map { IRDefaultValue(literal: .string($0), enumType: property.type.modelName) } ?? property.example
            return IRExampleArgument(label: SwiftName.bare(property.swiftName), value: example(of: property.type, written: written, placeholder: property.name, visiting: inside))
        }
        return .object(type: SwiftName.bare(name), arguments: arguments)
    }
}

extension IRDefaultValue.Literal {
    /// The value as the spec writes it.
    var text: String {
        switch self {
        case .string(let text), .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        }
    }
}
