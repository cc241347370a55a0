import Foundation
import StanceKit

// Harness "model": the model loader on any bytes, as LinearModel.load reads a file: JSON
// decoded into ModelFile, then validated by LinearModel(file:). Properties: it returns a model
// or throws DecodingError/ModelError (never a trap); a model that loads gives finite
// probabilities summing to 1 for a vector of every feature it knows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    let file: ModelFile
    do {
        file = try JSONDecoder().decode(ModelFile.self, from: bytes)
    } catch is DecodingError {
        return 0
    } catch {
        fatalError("invariant broken: decoding threw an error that is not a DecodingError: \(error)")
    }
    let model: LinearModel
    do {
        model = try LinearModel(file: file)
    } catch let e as ModelError {
        FuzzSupport.check(!e.description.isEmpty, "an empty ModelError")
        return 0
    } catch {
        fatalError("invariant broken: an error that is not a ModelError: \(error)")
    }
    for (head, weights) in [(model.stance, file.stance.weights), (model.sentiment, file.sentiment.weights)] {
        var f = FeatureVector()
        for name in weights.keys.sorted() {
            f.keys.append(FeatureVector.key(ofName: name))
            f.values.append(1)
        }
        let p = head.probabilities(f)
        let sum = p.reduce(0, +)
        FuzzSupport.check(p.count == head.labels.count && p.allSatisfy { $0.isFinite } && abs(sum - 1) < 1e-6,
                          "probabilities \(p) for a model that loaded")
    }
    return 0
}
