import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { IngestStack } from '../ingest-stack.ts';

const app = new App();
new IngestStack(app, 'ArticleIngest');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
